namespace ValueLedger.Core.Organisation;

/// <summary>
/// One condition of a rule's match: a record field (see <see cref="MatchFields"/>) or, when
/// <see cref="Field"/> is <see cref="MatchFields.Tag"/>, the tag named <see cref="TagKey"/>
/// (normalised with <c>Tag.NormalizeKey</c>) must match <see cref="Glob"/> (<c>*</c> = any run of characters, case ignored).
/// </summary>
public sealed record MatchCondition(string Field, string? TagKey, string Glob, SourceLocation Location);
