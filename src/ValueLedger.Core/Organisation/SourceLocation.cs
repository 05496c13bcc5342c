namespace ValueLedger.Core.Organisation;

/// <summary>Where an entity was declared (1-based line and column), so problems point at it. Empty for entities built in code.</summary>
public readonly record struct SourceLocation(string File, long Line, long Column)
{
    public static SourceLocation None { get; } = new(string.Empty, 0, 0);
}
