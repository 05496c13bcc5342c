namespace ValueLedger.Core.Showback;

/// <summary>
/// One line of a statement's breakdown: in <see cref="Section"/> (see <see cref="StatementSections"/>) the
/// net <see cref="Amount"/> in <see cref="Currency"/> of <see cref="Item"/> (an id or key) shown as <see cref="Label"/>
/// (e.g. the initiative's name).
/// </summary>
public sealed record StatementLine(string Section, string Item, string Label, string Currency, decimal Amount);
