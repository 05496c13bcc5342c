using System.Globalization;
using ValueLedger.Core.Import;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.People;

/// <summary>
/// Field rules shared by every people format. A bad field throws <see cref="PeopleRowException"/> naming the column
/// and the reason; the value itself is left out when it may identify a person.
/// </summary>
internal sealed class PeopleFields(PeopleImportOptions options)
{
    /// <summary>Longest person identifier read (an e-mail address is at most 254 characters).</summary>
    public const int MaxIdentifierLength = 320;

    /// <summary>Longest name read (team, tool, course, workflow, initiative).</summary>
    public const int MaxNameLength = 200;

    public Core.Organisation.Organisation Organisation => options.Organisation;

    /// <summary>Most distinct identifiers whose hash is remembered during one import (beyond it each is hashed afresh).</summary>
    private const int HashCacheLimit = 1_000_000;

    // One hash string per person for the whole file: a year of daily Copilot rows repeats each login hundreds of times,
    // and one shared string instead of one per row keeps the batch small. Raw identifiers stay in this process only.
    private readonly Dictionary<string, string> hashes = new(StringComparer.Ordinal);

    public DateOnly Today => DateOnly.FromDateTime(options.Time.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The keyed hash of a login, e-mail or respondent id, trimmed and lower-cased first so <c>Alex.Doe@Example.com</c>
    /// and <c>alex.doe@example.com</c> are one person. The raw value is dropped here.
    /// </summary>
    public string Person(string column, string text)
    {
        var value = text.Trim();
        if (value.Length == 0)
        {
            throw new PeopleRowException(column, "is empty");
        }

        if (value.Length > MaxIdentifierLength)
        {
            throw new PeopleRowException(column, $"is longer than {MaxIdentifierLength} characters");
        }

        var key = value.ToLowerInvariant();
        if (hashes.TryGetValue(key, out var known))
        {
            return known;
        }

        var hash = options.Hasher.Hash(key)!;
        if (hashes.Count < HashCacheLimit)
        {
            hashes[key] = hash;
        }

        return hash;
    }

    /// <summary>A non-empty name of at most <see cref="MaxNameLength"/> characters (names are not personal: echoed).</summary>
    public static string Name(string column, string text)
    {
        var value = text.Trim();
        if (value.Length == 0)
        {
            throw new PeopleRowException(column, "is empty");
        }

        return value.Length > MaxNameLength ? throw new PeopleRowException(column, $"is longer than {MaxNameLength} characters") : value;
    }

    /// <summary>The id of the team named by its id or an alias (a GitHub team slug, an HR code).</summary>
    public string Team(string column, string text)
    {
        var name = Name(column, text);
        return Organisation.FindTeam(name)?.Id
            ?? throw new PeopleRowException(column, $"names unknown team '{name}'; declare it (or its alias) under teams: in the organisation file");
    }

    /// <summary>A day: <c>YYYY-MM-DD</c>, or an ISO 8601 timestamp whose UTC date is taken.</summary>
    public static DateOnly Date(string column, string text)
    {
        var value = text.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return value.Length <= 40 && Values.TryParseUtc(value, out var utc)
            ? DateOnly.FromDateTime(utc)
            : throw new PeopleRowException(column, "is not a date YYYY-MM-DD (or an ISO 8601 timestamp)");
    }

    public static DateOnly? OptionalDate(string column, string text) =>
        Values.IsNull(text) ? null : Date(column, text);

    /// <summary>A whole number of 0 or more.</summary>
    public static long Count(string column, string text)
    {
        var value = text.Trim();
        return Values.TryParseCount(value, out var count) && count >= 0 ? count : throw new PeopleRowException(column, "is not a whole number of 0 or more");
    }

    /// <summary>A head count: a whole number of 1 or more that fits an int.</summary>
    public static int People(string column, string text)
    {
        var count = Count(column, text);
        return count is >= 1 and <= int.MaxValue ? (int)count : throw new PeopleRowException(column, "is not a whole number of 1 or more");
    }

    /// <summary>A decimal of 0 or more (invariant culture: 12.5).</summary>
    public static decimal Amount(string column, string text)
    {
        var value = text.Trim();
        return value.Length <= 40 && Values.TryParseDecimal(value, out var amount) && amount >= 0
            ? amount
            : throw new PeopleRowException(column, "is not a number of 0 or more (invariant culture, e.g. 12.5)");
    }

    /// <summary>Survey scale: the row's, else <c>--scale</c>, else 100 (0–100). A Likert scale runs 1..N (N from 2 to 10).</summary>
    public int Scale(string column, string text)
    {
        if (Values.IsNull(text))
        {
            return options.Scale ?? 100;
        }

        return Values.TryParseCount(text.Trim(), out var scale) && scale is 100 or (>= 2 and <= 10) ? (int)scale : throw new PeopleRowException(column, "is not 100 (scores 0–100) or a Likert top from 2 to 10");
    }

    /// <summary>A score on <paramref name="scale"/> as 0–100: on 1..N Likert, (s − 1) / (N − 1) × 100.</summary>
    public static decimal Score(string column, string text, int scale)
    {
        var value = text.Trim();
        if (value.Length > 40 || !Values.TryParseDecimal(value, out var score))
        {
            throw new PeopleRowException(column, "is not a number");
        }

        if (scale == 100)
        {
            return score is >= 0 and <= 100 ? score : throw new PeopleRowException(column, "is outside the scale 0–100");
        }

        return score >= 1 && score <= scale
            ? decimal.Round((score - 1) / (scale - 1) * 100m, 4)
            : throw new PeopleRowException(column, $"is outside the scale 1–{scale}");
    }

    public static RowError Error(long line, PeopleRowException ex) => new(line, ex.Column, ex.Message);
}
