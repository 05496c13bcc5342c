namespace ValueLedger.Core.Pricing;

/// <summary>
/// A price-book model pattern: an exact name, or a glob where <c>*</c> matches any run of
/// characters. Specificity orders candidates: exact names first, then longer literal prefixes.
/// </summary>
internal sealed class ModelPattern : IComparable<ModelPattern>
{
    public ModelPattern(string normalizedText)
    {
        Text = normalizedText;
        var star = normalizedText.IndexOf('*', StringComparison.Ordinal);
        IsExact = star < 0;
        LiteralPrefixLength = IsExact ? normalizedText.Length : star;
        LiteralLength = normalizedText.Length - normalizedText.Count(c => c == '*');
    }

    public string Text { get; }

    public bool IsExact { get; }

    /// <summary>Characters before the first <c>*</c> (the whole name for an exact pattern).</summary>
    public int LiteralPrefixLength { get; }

    /// <summary>Characters that are not <c>*</c>: breaks ties between globs with equal prefixes.</summary>
    public int LiteralLength { get; }

    public bool Matches(string model) => IsExact ? string.Equals(Text, model, StringComparison.Ordinal) : GlobMatches(Text, model);

    /// <summary>More specific patterns sort first; the text breaks remaining ties so the order is stable.</summary>
    public int CompareTo(ModelPattern? other)
    {
        if (other is null)
        {
            return -1;
        }

        var byKind = other.IsExact.CompareTo(IsExact);
        if (byKind != 0)
        {
            return byKind;
        }

        var byPrefix = other.LiteralPrefixLength.CompareTo(LiteralPrefixLength);
        if (byPrefix != 0)
        {
            return byPrefix;
        }

        var byLiterals = other.LiteralLength.CompareTo(LiteralLength);
        return byLiterals != 0 ? byLiterals : string.CompareOrdinal(Text, other.Text);
    }

    /// <summary>Glob with <c>*</c> only; linear backtracking to the last star, so no pathological cases.</summary>
    private static bool GlobMatches(string pattern, string text)
    {
        int p = 0, t = 0, starAt = -1, resumeAt = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starAt = p++;
                resumeAt = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (starAt >= 0)
            {
                p = starAt + 1;
                t = ++resumeAt;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
