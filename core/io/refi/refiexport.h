#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dyad::core {
class Project;
}

namespace dyad::core::io {

/** What an export wrote and what the format could not carry (REFI-QDA §7 asks to say so). */
struct ExportReport
{
    int codes = 0;
    int sources = 0;
    int codings = 0;
    int notes = 0;
    int users = 0;
    QStringList dataLoss;         ///< e.g. "reviewer roles are not part of REFI-QDA"
    /** Codings whose span does not fit their text (a damaged file): cut to it or left out. */
    QStringList spanProblems;
};

/** The codebook as a REFI-QDA .qdc document (Codebook.xsd 1.0). */
QByteArray codebookQdcXml(const Project &project, ExportReport *report = nullptr);
/** Writes the codebook to a .qdc file. */
Result<ExportReport> exportQdc(const Project &project, const QString &path);

/**
 * The project as REFI-QDA project.qde XML (Project.xsd 1.0): users (Consensus included),
 * codebook with hierarchy, colours and descriptions, one TextSource per record
 * (plainTextPath="internal://<GUID>.txt"), one PlainTextSelection per coding with its
 * creating user, bibliographic variables, and notes for code, coding and record memos.
 * GUIDs are Dyad's UUIDs in upper case, so repeated exports agree.
 */
QByteArray projectQdeXml(const Project &project, ExportReport *report = nullptr);
/** Writes a .qdpx archive: project.qde plus sources/<GUID>.txt (UTF-8, no BOM, LF). */
Result<ExportReport> exportQdpx(const Project &project, const QString &path);

} // namespace dyad::core::io
