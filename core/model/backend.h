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
