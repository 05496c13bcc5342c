using ValueLedger.Core.Import;

namespace ValueLedger.Importers.People;

/// <summary>How <see cref="PeopleImporter"/> imports people files.</summary>
public sealed class PeopleImportOptions
{
    /// <summary>Format id for every file (<c>--format</c>, see <see cref="PeopleFormats"/>); null to recognise each file.</summary>
    public string? Format { get; init; }

    /// <summary>False (strict, the default): any bad row refuses the whole file. True: bad rows go to a rejects file, the rest lands.</summary>
    public bool Lenient { get; init; }

    /// <summary>Folder for rejects files (lenient mode); default the current directory.</summary>
    public string? RejectsDirectory { get; init; }

    /// <summary>Survey scale when a file has no <c>scale</c> column: 100 (scores 0–100, the default) or a Likert top (e.g. 5 for 1–5).</summary>
    public int? Scale { get; init; }

    /// <summary>Team id or alias the legacy <c>/copilot/metrics</c> file is about (<c>--team</c>); else the file name or the organisation.</summary>
    public string? Team { get; init; }

    /// <summary>Teams, initiatives and business units that names in the files must match.</summary>
    public required Core.Organisation.Organisation Organisation { get; init; }

    /// <summary>Keys person identifiers (logins, e-mails, respondent ids) after trimming and lower-casing them.</summary>
    public required IIdentifierHasher Hasher { get; init; }

    /// <summary>Who imports (kept with the import entry and in the audit log).</summary>
    public required string Actor { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
