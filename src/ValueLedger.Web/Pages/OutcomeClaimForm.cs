using System.Globalization;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Value;

namespace ValueLedger.Web.Pages;

/// <summary>Reads the outcome claim form (days YYYY-MM-DD, half-open period; invariant numbers); every unreadable field is listed in one refusal.</summary>
internal static class OutcomeClaimForm
{
    public static OutcomeClaim Parse(string initiative, IFormCollection form)
    {
        var problems = new List<string>();
        var start = Day("period-start", "period start");
        var end = Day("period-end", "period end (exclusive)");
        var successful = Count("successful", "successful outcomes");
        var failed = string.IsNullOrWhiteSpace(form["failed"]) ? 0 : Count("failed", "failed outcomes");
        decimal? value = null;
        if (!string.IsNullOrWhiteSpace(form["value"]))
        {
            if (decimal.TryParse(form["value"].ToString().Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                value = amount;
            }
            else
            {
                problems.Add($"value: '{form["value"]}' is not an amount (use a decimal point, e.g. 12.50)");
            }
        }

        long? corrects = null;
        if (!string.IsNullOrWhiteSpace(form["corrects"]))
        {
            corrects = Count("corrects", "corrects (an outcome id)");
        }

        if (problems.Count > 0)
        {
            throw new FormRefusal($"outcome for {initiative} not recorded", problems);
        }

        var evidence = form["evidence"].ToString().Trim();
        return new OutcomeClaim(initiative, start, end, successful, failed, value, form["currency"].ToString().Trim(), evidence.Length == 0 ? null : evidence, corrects);

        DateOnly Day(string field, string name)
        {
            if (DateOnly.TryParseExact(form[field].ToString().Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            problems.Add($"{name}: '{form[field]}' is not a day (YYYY-MM-DD)");
            return default;
        }

        long Count(string field, string name)
        {
            if (long.TryParse(form[field].ToString().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            problems.Add($"{name}: '{form[field]}' is not a whole number of 0 or more");
            return 0;
        }
    }
}
