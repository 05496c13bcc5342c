using System.CommandLine;
using System.Globalization;
using ValueLedger.Cli.Output;

namespace ValueLedger.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class GlobalOptions
{
    public const string DefaultDatabase = "valueledger.duckdb";

    public static Option<string> Database() => new("--db")
    {
        Description = "Ledger file (DuckDB). Created if missing.",
        DefaultValueFactory = _ => DefaultDatabase,
        Recursive = true,
        HelpName = "PATH",
    };

    public static Option<OutputFormat?> Format() => new("--format")
    {
        Description = "Output: table (default), csv or json (stable, see docs/cli-json.md).",
        HelpName = "table|csv|json",
        CustomParser = r => Enum.TryParse<OutputFormat>(r.Tokens[0].Value, ignoreCase: true, out var f)
            ? f
            : Fail<OutputFormat?>(r, $"'{r.Tokens[0].Value}' is not an output format; use table, csv or json"),
    };

    public static Option<DateTime?> From() => new("--from")
    {
        Description = "Start of the period, inclusive (UTC): YYYY-MM-DD or YYYY-MM.",
        CustomParser = r => ParseDate(r),
        HelpName = "DATE",
    };

    public static Option<DateTime?> To() => new("--to")
    {
        Description = "End of the period, exclusive (UTC): YYYY-MM-DD or YYYY-MM.",
        CustomParser = r => ParseDate(r),
        HelpName = "DATE",
    };

    public static Option<string?> Prices() => new("--prices")
    {
        Description = "Price override file (YAML) merged over the shipped default price book.",
        HelpName = "FILE",
    };

    /// <summary>
    /// Who is acting, for role checks and the audit log: <c>--actor NAME</c>, else <c>$VALUELEDGER_ACTOR</c>,
    /// else the operating-system user. Roles come from organisation.yaml <c>access:</c>.
    /// </summary>
    public static Option<string> Actor() => new("--actor")
    {
        Description = "Who is acting (roles from organisation.yaml access:; recorded in the audit log). Default: $VALUELEDGER_ACTOR, else the OS user.",
        HelpName = "NAME",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("VALUELEDGER_ACTOR") is { Length: > 0 } actor ? actor : Environment.UserName,
    };

    /// <summary>A <c>--month YYYY-MM</c> value as the first instant of that UTC month (an option's CustomParser).</summary>
    public static DateTime? ParseMonth(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var month))
        {
            return DateTime.SpecifyKind(month, DateTimeKind.Utc);
        }

        result.AddError($"'{text}' is not a month; use YYYY-MM");
        return null;
    }

    private static DateTime? ParseDate(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        result.AddError($"'{text}' is not a date; use YYYY-MM-DD or YYYY-MM");
        return null;
    }

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
