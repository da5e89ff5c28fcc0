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
    QStringList warnings;         ///< what another program may read differently (offset units, renamed sources)
};

/** Choices for a project export. */
struct QdpxOptions
{
    /**
     * Write selection offsets in UTF-16 code units, as NVivo reads them, instead of code
     * points (REFI-QDA's unit). Only sources with characters outside the BMP differ.
     */
    bool utf16Offsets = false;
};

/** The codebook as a REFI-QDA .qdc document (Codebook.xsd 1.0). */
QByteArray codebookQdcXml(const Project &project, ExportReport *report = nullptr);
/** Writes the codebook to a .qdc file. */
Result<ExportReport> exportQdc(const Project &project, const QString &path);

/**
 * The project as REFI-QDA project.qde XML (Project.xsd 1.0): users (Consensus included),
 * codebook with hierarchy, colours and descriptions, one TextSource per record
 * (plainTextPath="internal://<GUID>.txt"), one PlainTextSelection per coding with its
 * creating user, bibliographic variables, and notes for code, coding and record memos. A
 * coding memo is also written as its selection's Description, where QualCoder and others
 * read it.
 * GUIDs are Dyad's UUIDs in upper case, so repeated exports agree.
 */
QByteArray projectQdeXml(const Project &project, ExportReport *report = nullptr, const QdpxOptions &options = {});
/** Writes a .qdpx archive: project.qde plus sources/<GUID>.txt (UTF-8, no BOM, LF). */
Result<ExportReport> exportQdpx(const Project &project, const QString &path, const QdpxOptions &options = {});

/**
 * A record's title as a REFI source name that programs can also use as a file name
 * (QualCoder copies each source to "<name>.txt"): no path separators or characters
 * Windows forbids, no control characters, at most 120 characters. The exact title
 * travels in the "Title" variable when this differs from it.
 */
QString refiSourceName(const QString &title, const QString &text);

} // namespace dyad::core::io
