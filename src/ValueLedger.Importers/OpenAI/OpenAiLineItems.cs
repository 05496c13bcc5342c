namespace ValueLedger.Importers.OpenAI;

/// <summary>Reading OpenAI Costs line items such as <c>gpt-4o-2024-08-06, input</c> or <c>Image models</c>.</summary>
internal static class OpenAiLineItems
{
    private const int MaxModelLength = 100;

    /// <summary>
    /// The model a line item is about: the part before the first comma when it looks like a model id
    /// (one word of letters, digits and <c>-._:/</c>, with a digit or a dash: <c>gpt-4o</c>, <c>o1</c>,
    /// <c>ft:gpt-4o-mini:org::abc</c>); null for items such as <c>Image models</c> or <c>Web search tool calls</c>.
    /// </summary>
    public static string? ModelOf(string? lineItem)
    {
        var comma = lineItem?.IndexOf(',', StringComparison.Ordinal) ?? -1;
        if (comma <= 0)
        {
            return null;
        }

        var head = lineItem!.AsSpan(0, comma).Trim();
        if (head.IsEmpty || head.Length > MaxModelLength || !char.IsAsciiLetter(head[0]))
        {
            return null;
        }

        var hasDigitOrDash = false;
        foreach (var c in head)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '.' or '_' or ':' or '/'))
            {
                return null;
            }

            hasDigitOrDash |= char.IsAsciiDigit(c) || c == '-';
        }

        return hasDigitOrDash ? head.ToString() : null;
    }
}
