using System.Text.Json;
using ValueLedger.Core.People;

namespace ValueLedger.Importers.People;

/// <summary>How one JSON record of each GitHub Copilot report becomes facts (field names as GitHub writes them).</summary>
internal static class PeopleJsonRecords
{
    /// <summary>Counts in the per-user daily usage report that show the person did something with Copilot that day.</summary>
    private static readonly string[] ActivityCounts = ["user_initiated_interaction_count", "code_generation_activity_count", "code_acceptance_activity_count"];

    /// <summary>Flags in the same report: the person used the agent, chat or the CLI that day.</summary>
    private static readonly string[] ActivityFlags = ["used_agent", "used_chat", "used_cli"];

    /// <summary>Which Copilot report a JSON object is, by its fields; null when none fits.</summary>
    public static string? Detect(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (Has(record, "total_active_users"))
        {
            return PeopleFormats.CopilotMetrics;
        }

        var login = Has(record, "user_login") || Has(record, "login");
        if (login && (Has(record, "team_slug") || Has(record, "team")))
        {
            return PeopleFormats.CopilotTeams;
        }

        return login && (Has(record, "day") || Has(record, "date")) ? PeopleFormats.CopilotUsage : null;
    }

    /// <summary>
    /// A per-user day: an <see cref="ActiveDay"/> (source copilot) when any interaction, generation or acceptance count
    /// is above 0 or the agent, chat or CLI was used; a day with none of these adds nothing.
    /// </summary>
    public static void Usage(JsonElement record, PeopleFields fields, PeopleFactsBuilder facts)
    {
        var login = Text(record, "user_login", "login");
        var person = fields.Person("user_login", login);
        var day = PeopleFields.Date("day", Required(record, "day", "date"));
        var active = false;
        foreach (var name in ActivityCounts)
        {
            if (record.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                active |= value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var count)
                    ? count > 0
                    : throw new PeopleRowException(name, "is not a number");
            }
        }

        foreach (var name in ActivityFlags)
        {
            active |= record.TryGetProperty(name, out var flag) && flag.ValueKind == JsonValueKind.True;
        }

        if (active)
        {
            facts.ActiveDays.Add(new ActiveDay(person, day, "copilot"));
        }
    }

    /// <summary>A user-to-team line: <c>user_login</c> (or <c>login</c>), <c>team_slug</c> (or <c>team</c>), optional <c>date</c>/<c>day</c>.</summary>
    public static void Team(JsonElement record, PeopleFields fields, PeopleFactsBuilder facts) =>
        facts.Memberships.Add(PeopleCsvFormats.CopilotTeamLine(
            fields, Text(record, "user_login", "login"), Text(record, "team_slug", "team"), Text(record, "date", "day")));

    /// <summary>A legacy <c>/copilot/metrics</c> day: <c>date</c>, <c>total_active_users</c>, <c>total_engaged_users</c>.</summary>
    public static void MetricsDay(JsonElement record, string team, PeopleFactsBuilder facts)
    {
        var day = PeopleFields.Date("date", Required(record, "date", "day"));
        var active = Users(record, "total_active_users");
        var engaged = record.TryGetProperty("total_engaged_users", out _) ? Users(record, "total_engaged_users") : 0;
        facts.TeamActivity.Add(new TeamDailyActivity(team, day, active, engaged, "copilot-metrics"));
    }

    private static int Users(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var users) && users >= 0
            ? users
            : throw new PeopleRowException(name, "is missing or not a whole number of 0 or more");

    private static bool Has(JsonElement record, string name) => record.TryGetProperty(name, out _);

    private static string Required(JsonElement record, string name, string alternative)
    {
        var text = Text(record, name, alternative);
        return text.Length > 0 ? text : throw new PeopleRowException(name, "is missing");
    }

    /// <summary>The string (or number) value of the first of the two fields present; empty when neither is.</summary>
    private static string Text(JsonElement record, string name, string alternative)
    {
        if (!record.TryGetProperty(name, out var value) && !record.TryGetProperty(alternative, out value))
        {
            return string.Empty;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? string.Empty,
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => string.Empty,
            _ => throw new PeopleRowException(name, "is not a text value"),
        };
    }
}
