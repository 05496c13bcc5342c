using ValueLedger.Core.People;
using ValueLedger.Core.Value;

namespace ValueLedger.Importers.People;

internal static partial class PeopleCsvFormats
{
    private static PeopleColumn[] SurveyResponseColumns =>
    [
        PeopleColumn.Needed("respondent", "respondent_id", "person", "email"),
        PeopleColumn.Needed("org_unit", "team", "unit", "business_unit"),
        PeopleColumn.Needed("measure", "question", "metric"),
        PeopleColumn.Needed("score", "answer", "value"),
        PeopleColumn.Needed("date", "day", "answered_on", "submitted_at"),
        PeopleColumn.Optional("scale"),
    ];

    private static void ParseSurveyResponse(PeopleCsvRecord row, PeopleFields fields, PeopleFactsBuilder facts)
    {
        var respondent = fields.Person("respondent", row["respondent"]);
        var unit = OrgUnit(fields, row["org_unit"]);
        var measure = Measure(row["measure"]);
        var scale = fields.Scale("scale", row["scale"]);
        var score = PeopleFields.Score("score", row["score"], scale);
        facts.SurveyResponses.Add(new SurveyResponse(unit, measure, PeopleFields.Date("date", row["date"]), score, respondent));
    }

    private static PeopleColumn[] SurveyAggregateColumns =>
    [
        PeopleColumn.Needed("org_unit", "team", "unit", "business_unit"),
        PeopleColumn.Needed("measure", "question", "metric"),
        PeopleColumn.Needed("period_start", "from", "start"),
        PeopleColumn.Needed("period_end", "to", "end"),
        PeopleColumn.Needed("respondents", "responses", "n"),
        PeopleColumn.Needed("mean", "mean_score", "average"),
        PeopleColumn.Optional("scale"),
    ];

    private static void ParseSurveyAggregate(PeopleCsvRecord row, PeopleFields fields, PeopleFactsBuilder facts)
    {
        var unit = OrgUnit(fields, row["org_unit"]);
        var measure = Measure(row["measure"]);
        var (start, end) = Period(row);
        var respondents = PeopleFields.People("respondents", row["respondents"]);
        var mean = PeopleFields.Score("mean", row["mean"], fields.Scale("scale", row["scale"]));
        facts.SurveyAggregates.Add(new SurveyAggregate(unit, measure, start, end, respondents, mean));
    }

    private static PeopleColumn[] ReviewCapacityColumns =>
    [
        PeopleColumn.Needed("initiative", "initiative_id"),
        PeopleColumn.Needed("period_start", "from", "start"),
        PeopleColumn.Needed("period_end", "to", "end"),
        PeopleColumn.Needed("people", "reviewers", "headcount"),
        PeopleColumn.Optional("outputs"),
        PeopleColumn.Optional("reviewed"),
        PeopleColumn.Optional("review_minutes"),
        PeopleColumn.Optional("overrides"),
        PeopleColumn.Optional("ai_errors", "errors"),
        PeopleColumn.Optional("hours_saved"),
        PeopleColumn.Optional("hours_redeployed"),
        PeopleColumn.Optional("hours_cost_reduced"),
    ];

    private static readonly string[] ReviewFields = ["outputs", "reviewed", "review_minutes", "overrides", "ai_errors"];
    private static readonly string[] CapacityFields = ["hours_saved", "hours_redeployed", "hours_cost_reduced"];

    /// <summary>A review record when the row fills the review columns, a capacity record when it fills the capacity columns, or both.</summary>
    private static void ParseReviewCapacity(PeopleCsvRecord row, PeopleFields fields, PeopleFactsBuilder facts)
    {
        var initiative = PeopleFields.Name("initiative", row["initiative"]);
        if (fields.Organisation.FindInitiative(initiative) is null)
        {
            throw new PeopleRowException("initiative", $"names unknown initiative '{initiative}'; it must be declared in the organisation file");
        }

        var (start, end) = Period(row);
        var people = PeopleFields.People("people", row["people"]);
        var review = Filled(row, ReviewFields);
        var capacity = Filled(row, CapacityFields);
        if (!review && !capacity)
        {
            throw new PeopleRowException(row.Has("outputs") ? "hours_saved" : "outputs", "and the other review columns (outputs, reviewed, review_minutes, overrides, ai_errors) or capacity columns (hours_saved, hours_redeployed, hours_cost_reduced) are empty; fill one set");
        }

        if (review)
        {
            var outputs = PeopleFields.Count("outputs", row["outputs"]);
            var reviewed = PeopleFields.Count("reviewed", row["reviewed"]);
            if (reviewed > outputs)
            {
                throw new PeopleRowException("reviewed", "is more than outputs");
            }

            facts.Reviews.Add(new ReviewRecord(
                initiative, start, end, people, outputs, reviewed, PeopleFields.Amount("review_minutes", row["review_minutes"]),
                PeopleFields.Count("overrides", row["overrides"]), PeopleFields.Count("ai_errors", row["ai_errors"])));
        }

        if (capacity)
        {
            var saved = PeopleFields.Amount("hours_saved", row["hours_saved"]);
            var redeployed = PeopleFields.Amount("hours_redeployed", row["hours_redeployed"]);
            var reduced = PeopleFields.Amount("hours_cost_reduced", row["hours_cost_reduced"]);
            if (redeployed + reduced > saved)
            {
                throw new PeopleRowException("hours_redeployed", "plus hours_cost_reduced is more than hours_saved");
            }

            facts.Capacity.Add(new CapacityRecord(initiative, start, end, people, saved, redeployed, reduced));
        }
    }

    /// <summary>True when any of <paramref name="columns"/> is filled (then all must parse).</summary>
    private static bool Filled(PeopleCsvRecord row, string[] columns) => columns.Any(row.Has);

    private static (DateOnly Start, DateOnly End) Period(PeopleCsvRecord row)
    {
        var start = PeopleFields.Date("period_start", row["period_start"]);
        var end = PeopleFields.Date("period_end", row["period_end"]);
        return end > start ? (start, end) : throw new PeopleRowException("period_end", $"must be after period_start {start:yyyy-MM-dd} (the period is half-open: [start, end))");
    }

    /// <summary>A team (id or alias → id), a business unit id, or <c>organisation</c>.</summary>
    private static string OrgUnit(PeopleFields fields, string text)
    {
        var name = PeopleFields.Name("org_unit", text);
        if (string.Equals(name, "organisation", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "organization", StringComparison.OrdinalIgnoreCase))
        {
            return "organisation";
        }

        return fields.Organisation.FindTeam(name)?.Id ?? fields.Organisation.FindBusinessUnit(name)?.Id
            ?? throw new PeopleRowException("org_unit", $"names unknown team or business unit '{name}' (or use organisation)");
    }

    private static SurveyMeasure Measure(string text) =>
        KebabCase.TryParse<SurveyMeasure>(text.Trim().ToLowerInvariant().Replace('_', '-'), out var measure) && text.Length <= PeopleFields.MaxNameLength
            ? measure
            : throw new PeopleRowException("measure", "is not one of executive-confidence, manager-readiness, trust, learning, perceived-regular-use");
}
