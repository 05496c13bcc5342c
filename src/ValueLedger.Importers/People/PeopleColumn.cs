namespace ValueLedger.Importers.People;

/// <summary>A column a people CSV format reads: its name in messages and the header spellings accepted for it
/// (compared lower-case with spaces and hyphens as underscores).</summary>
internal sealed record PeopleColumn(string Name, bool Required, IReadOnlyList<string> Aliases)
{
    public static PeopleColumn Needed(string name, params string[] aliases) => new(name, true, [name, .. aliases]);

    public static PeopleColumn Optional(string name, params string[] aliases) => new(name, false, [name, .. aliases]);

    /// <summary>Header text in the form aliases are written: trimmed, lower-case, spaces and hyphens as underscores.</summary>
    public static string Normalise(string header) =>
        header.Trim().Trim('\uFEFF').Trim('"').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}
