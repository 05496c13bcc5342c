namespace ValueLedger.Core.Organisation;

/// <summary>Errors make the organisation unusable; warnings are legal but probably not meant.</summary>
public enum ProblemSeverity
{
    Error,
    Warning,
}
