using System.CommandLine;
using System.Globalization;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger jcurve ID</c> shows a declared J-curve month by month (see <see cref="JCurveShowCommand"/>);
/// <c>jcurve declare</c> stores a new version; <c>jcurve sign</c> is the sponsor's sign-off.
/// </summary>
internal static class JCurveCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var command = JCurveShowCommand.Create(context, db);
        command.Subcommands.Add(Declare(context, db));
        command.Subcommands.Add(Sign(context, db));
        return command;
    }

    private static Command Declare(CliContext context, Option<string> db)
    {
        var id = new Argument<string>("ID") { Description = "The initiative id." };
        var start = new Option<string>("--start") { Description = "Month 0 of the curve (UTC), YYYY-MM.", HelpName = "YYYY-MM", Required = true };
        var cost = Money("--monthly-cost", "Expected monthly cost C (more than 0).");
        var trough = Month("--trough-month", "Trough month T (months after the start; 0 = the start month).");
        var depth = Money("--trough-depth", "D: the monthly net value at the trough is -D (D >= 0).");
        var maturity = Month("--maturity-month", "Maturity month M (>= T), when the monthly net value reaches V.");
        var target = Money("--target-net", "V: the target monthly net value from M on.");
        var tolerance = Money("--tolerance", "w: the band's tolerance, a fraction from 0 to 1.");
        var currency = new Option<string>("--currency") { Description = "ISO 4217 currency of the amounts.", HelpName = "CODE", Required = true };
        var org = ShowbackCommand.OrgOption();
        var actor = GlobalOptions.Actor();
        var command = new Command("declare", "Declare a J-curve for an initiative (a new version; the sponsor then signs it).");
        command.Arguments.Add(id);
        foreach (var option in new Option[] { start, cost, trough, depth, maturity, target, tolerance, currency, org, actor })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => InitiativeCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (service, _) =>
        {
            var declaration = new JCurveDeclaration(
                parse.GetValue(id)!, 0, ParseMonth(parse.GetValue(start)!), parse.GetValue(cost), parse.GetValue(trough), parse.GetValue(depth),
                parse.GetValue(maturity), parse.GetValue(target), parse.GetValue(tolerance), parse.GetValue(currency)!.Trim().ToUpperInvariant(),
                parse.GetValue(actor)!, default, null, null);
            var version = await service.DeclareJCurveAsync(declaration, parse.GetValue(actor)!, ct).ConfigureAwait(false);
            context.Stdout.WriteLine($"{declaration.Initiative}: J-curve version {version} declared; the sponsor signs it with `valueledger jcurve sign {declaration.Initiative} --version {version}`");
            return 0;
        }, ct));
        return command;
    }

    private static Command Sign(CliContext context, Option<string> db)
    {
        var id = new Argument<string>("ID") { Description = "The initiative id." };
        var version = new Option<int>("--version") { Description = "The version to sign.", HelpName = "N", Required = true };
        var org = ShowbackCommand.OrgOption();
        var actor = GlobalOptions.Actor();
        var command = new Command("sign", "Sign a J-curve version (the initiative's sponsor, or an admin); a signed version never changes.");
        command.Arguments.Add(id);
        foreach (var option in new Option[] { version, org, actor })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => InitiativeCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (service, _) =>
        {
            await service.SignJCurveAsync(parse.GetValue(id)!, parse.GetValue(version), parse.GetValue(actor)!, ct).ConfigureAwait(false);
            context.Stdout.WriteLine($"{parse.GetValue(id)}: J-curve version {parse.GetValue(version)} signed by {parse.GetValue(actor)}");
            return 0;
        }, ct));
        return command;
    }

    private static Option<decimal> Money(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "AMOUNT",
        Required = true,
        CustomParser = r => decimal.TryParse(r.Tokens[0].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : Fail<decimal>(r, $"'{r.Tokens[0].Value}' is not a number for {name}"),
    };

    private static Option<int> Month(string name, string description) => new(name) { Description = description, HelpName = "N", Required = true };

    private static DateOnly ParseMonth(string text) =>
        DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : throw new CliException($"'{text}' is not a month; use YYYY-MM");

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
