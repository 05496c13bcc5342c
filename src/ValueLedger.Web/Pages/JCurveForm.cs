using System.Globalization;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Value;

namespace ValueLedger.Web.Pages;

/// <summary>Reads the J-curve declaration form (invariant numbers, start month YYYY-MM); every unreadable field is listed in one refusal.</summary>
internal static class JCurveForm
{
    public static JCurveDeclaration Parse(string initiative, IFormCollection form, string actor)
    {
        var problems = new List<string>();
        var start = DateOnly.TryParseExact(form["start"].ToString().Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : Fail<DateOnly>("start month: use YYYY-MM");
        var cost = Amount("monthly-cost", "monthly cost C");
        var trough = Whole("trough-month", "trough month T");
        var depth = Amount("trough-depth", "trough depth D");
        var maturity = Whole("maturity-month", "maturity month M");
        var target = Amount("target-net", "target monthly net V");
        var tolerance = Amount("tolerance", "tolerance w");
        if (problems.Count > 0)
        {
            throw new FormRefusal($"J-curve for {initiative} not declared", problems);
        }

        return new JCurveDeclaration(initiative, 0, start, cost, trough, depth, maturity, target, tolerance, form["currency"].ToString().Trim().ToUpperInvariant(), actor, default, null, null);

        T Fail<T>(string problem)
        {
            problems.Add(problem);
            return default!;
        }

        decimal Amount(string field, string name) =>
            decimal.TryParse(form[field].ToString().Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : Fail<decimal>($"{name}: '{form[field]}' is not a number (use a decimal point, e.g. 12.50)");

        int Whole(string field, string name) =>
            int.TryParse(form[field].ToString().Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : Fail<int>($"{name}: '{form[field]}' is not a whole number of months");
    }
}
