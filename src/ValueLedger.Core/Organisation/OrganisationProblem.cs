namespace ValueLedger.Core.Organisation;

/// <summary>One problem in an organisation definition, at a file, 1-based line and column (0 when unknown).</summary>
public sealed record OrganisationProblem(string File, long Line, long Column, string Reason, ProblemSeverity Severity)
{
    public static OrganisationProblem Error(SourceLocation at, string reason) => new(at.File, at.Line, at.Column, reason, ProblemSeverity.Error);

    public static OrganisationProblem Warning(SourceLocation at, string reason) => new(at.File, at.Line, at.Column, reason, ProblemSeverity.Warning);

    /// <summary>The compiler-style line: <c>file:line:column: error|warning: reason</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Reason}";
}
