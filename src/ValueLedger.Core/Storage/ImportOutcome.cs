namespace ValueLedger.Core.Storage;

/// <summary>How an import attempt ended, as kept in the import history.</summary>
public enum ImportOutcome
{
    /// <summary>The file's records landed.</summary>
    Imported = 1,

    /// <summary>The same bytes were imported before; nothing changed.</summary>
    DuplicateFile = 2,

    /// <summary>The import stopped (bad row in strict mode, unreadable file, conflict); nothing landed.</summary>
    Failed = 3,
}
