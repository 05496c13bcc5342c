using System.Text;

namespace ValueLedger.Core.Value;

/// <summary>Enum values as the kebab-case text used in files, the CLI and JSON (<c>InProgress</c> ↔ <c>in-progress</c>).</summary>
public static class KebabCase
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    /// <summary>Parses kebab-case text (case ignored, <c>_</c> accepted for <c>-</c>); false for anything else, numbers included.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        var wanted = text?.Trim().Replace('_', '-');
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Every value's text, for messages ("use one of ...").</summary>
    public static string Choices<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(Of));
}
