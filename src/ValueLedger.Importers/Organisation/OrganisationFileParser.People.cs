using ValueLedger.Core.People;
using YamlDotNet.RepresentationModel;

namespace ValueLedger.Importers.Organisation;

internal sealed partial class OrganisationFileParser
{
    private static readonly string[] TeamKeys = ["id", "name", "business_unit", "aliases", "initiatives"];
    private static readonly string[] PeopleKeys = ["min_group_size", "experimentation_days", "regular_use"];
    private static readonly string[] RegularUseKeys = ["days_per_week", "weeks"];

    /// <summary>
    /// One <c>teams:</c> entry: <c>{ id: support-emea, name: Support EMEA, business_unit: customer-support,
    /// aliases: [gh-support-emea], initiatives: [support-copilot] }</c>. References are the validator's check.
    /// </summary>
    private Team ParseTeam(YamlNode node)
    {
        var f = Fields(node, TeamKeys, "a team");
        var id = Required(node, f, "id");
        return new Team(
            id,
            Optional(f, "name") ?? id,
            f.ContainsKey("business_unit") ? Required(node, f, "business_unit") : throw Fail(node, $"team '{id}': missing 'business_unit'"),
            f.TryGetValue("aliases", out var a) && !IsNull(a) ? Names(a, "aliases") : [],
            f.TryGetValue("initiatives", out var i) && !IsNull(i) ? Names(i, "initiatives") : [],
            At(node));
    }

    /// <summary>
    /// The <c>people:</c> mapping: <c>{ min_group_size: 5, experimentation_days: 1, regular_use: { days_per_week: 3,
    /// weeks: 3 } }</c>. A threshold below 5 is refused here, at its line: it can be raised, never lowered.
    /// </summary>
    private static PeopleSettings ParsePeople(YamlNode node)
    {
        var f = Fields(node, PeopleKeys, "'people'");
        var k = Integer(f, "min_group_size", PeopleSettings.FloorGroupSize);
        if (k < PeopleSettings.FloorGroupSize)
        {
            throw Fail(f["min_group_size"], $"'min_group_size' is {k}: the privacy threshold can be raised but never set below {PeopleSettings.FloorGroupSize}");
        }

        var days = Integer(f, "experimentation_days", 1);
        if (days is < 1 or > 28)
        {
            throw Fail(f["experimentation_days"], "'experimentation_days' must be between 1 and 28");
        }

        var perWeek = 3;
        var weeks = 3;
        if (f.TryGetValue("regular_use", out var regular) && !IsNull(regular))
        {
            var r = Fields(regular, RegularUseKeys, "'regular_use'");
            perWeek = Integer(r, "days_per_week", 3);
            weeks = Integer(r, "weeks", 3);
            if (perWeek is < 1 or > 7)
            {
                throw Fail(r["days_per_week"], "'days_per_week' must be between 1 and 7");
            }

            if (weeks is < 1 or > 4)
            {
                throw Fail(r["weeks"], "'weeks' must be between 1 and 4 (of the month's four 7-day windows)");
            }
        }

        return new PeopleSettings { MinGroupSize = k, ExperimentationDays = days, RegularUseDaysPerWeek = perWeek, RegularUseWeeks = weeks };
    }
}
