namespace ValueLedger.Importers.People;

/// <summary>A bad field in one row: becomes a rejected row (lenient) or refuses the file (strict). The reason never
/// carries a person's identifier.</summary>
internal sealed class PeopleRowException(string column, string reason) : Exception($"{column} {reason}")
{
    public string Column { get; } = column;
}
