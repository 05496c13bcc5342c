namespace ValueLedger.Importers.Organisation;

/// <summary>
/// Raised inside the parser to abandon one entity at a faulty node; caught per entity and turned into
/// a problem, so it never leaves the loader.
/// </summary>
internal sealed class OrganisationNodeException : Exception
{
    public OrganisationNodeException()
    {
    }

    public OrganisationNodeException(string message)
        : base(message)
    {
    }

    public OrganisationNodeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OrganisationNodeException(long line, long column, string message)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public long Line { get; }

    public long Column { get; }
}
