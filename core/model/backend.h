#pragma once

#include "core/model/store.h"
#include "core/result.h"

#include <memory>

namespace dyad::core {

namespace agreement {
class AgreementStore;
}
namespace reconcile {
class DecisionStore;
}

/** One step of connecting again to a server (Backend::continueReconnect()). */
enum class ReconnectStep { Connected, Waiting, Failed };

/**
 * A batch written into a project that nobody else can see yet: a new file that an import
 * builds under a name of its own and publishes only when it is complete. Storage may then
 * write it its fastest way (SQLite: no journal sync, indexes built once at the end), and makes
 * the project what any other is before finish() returns. Made by
 * Backend::startUnpublishedLoad() before the batch's transaction; Project::bulkWrite() calls
 * start() first thing in that transaction, complete() last thing in it and finish() after its
 * commit. Dropped without finish() (the batch failed), it restores the usual settings.
 */
class UnpublishedLoad
{
public:
    virtual ~UnpublishedLoad() = default;
    /** Inside the batch's transaction, before anything is written. */
    virtual Status start() = 0;
    /** Inside the batch's transaction, once everything is written. */
    virtual Status complete() = 0;
    /** After the commit: the usual settings again, and everything on the disk. */
    virtual Status finish() = 0;
};

/**
 * The one port from the domain to storage: everything a project keeps, behind the three
 * store interfaces, and its transactions. Project owns its Backend and is the only thing
 * that talks to it, so validation, blinding, audit and change events cannot be skipped.
 *
 * SqliteBackend (core/db) implements it for project files. A backend is made by
 * core/open/open.h, which picks one by the project's location.
 */
class Backend
{
public:
    virtual ~Backend() = default;

    /** Records, reviewers, codes, codings, rounds, memos, audit and meta. */
    virtual Store &store() = 0;
    virtual const Store &store() const = 0;
    /**
     * The agreement snapshot tables and the lean reads agreement needs; null when this
     * storage keeps none. Writes join the current transaction.
     */
    virtual agreement::AgreementStore *agreementStore() = 0;
    /** The decision log and escalations; null when this storage keeps none. */
    virtual reconcile::DecisionStore *decisionStore() = 0;
    /** True when the storage is a server found unreachable (a file is never offline). */
    virtual bool isOffline() const { return false; }
    /**
     * Prepares a batch into a project nobody else has open (see UnpublishedLoad), outside
     * any transaction. Null when this storage has no faster way than its usual one.
     */
    virtual Result<std::unique_ptr<UnpublishedLoad>> startUnpublishedLoad()
    {
        return std::unique_ptr<UnpublishedLoad>();
    }

    /**
     * Connecting again without blocking (a server only): startReconnect() begins, then
     * continueReconnect() is called until it answers Connected or Failed.
     */
    virtual bool startReconnect() { return false; }
    virtual ReconnectStep continueReconnect() { return ReconnectStep::Connected; }

    /** A transaction over all three stores (nested calls nest). */
    Result<std::unique_ptr<StoreTransaction>> begin() { return store().begin(); }
    /** Where the project lives: a file path, or a URL for a server. */
    QString location() const { return store().location(); }
};

} // namespace dyad::core
