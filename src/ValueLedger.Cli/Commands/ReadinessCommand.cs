using System.CommandLine;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary><c>valueledger readiness set ID CONTROL STATE [--evidence URL] [--reason TEXT]</c>: one production-readiness control's new state.</summary>
internal static class ReadinessCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var command = new Command("readiness", "Production-readiness controls: all five must be evidenced or waived before an initiative enters production.");
        command.Subcommands.Add(Set(context, db));
        return command;
    }

    private static Command Set(CliContext context, Option<string> db)
    {
        var id = new Argument<string>("ID") { Description = "The initiative id." };
        var control = new Argument<string>("CONTROL") { Description = $"The control: {KebabCase.Choices<ReadinessControl>()}." };
        var state = new Argument<string>("STATE") { Description = $"The new state: {KebabCase.Choices<ReadinessState>()}." };
        var evidence = new Option<string?>("--evidence") { Description = "A link to the evidence (needed for evidenced).", HelpName = "URL" };
        var reason = new Option<string?>("--reason") { Description = "Why (needed for waived; admin or finance only).", HelpName = "TEXT" };
        var org = ShowbackCommand.OrgOption();
        var actor = GlobalOptions.Actor();
        var command = new Command("set", "Set a readiness control: missing, in-progress, evidenced (with --evidence URL) or waived (with --reason).");
        command.Arguments.Add(id);
        command.Arguments.Add(control);
        command.Arguments.Add(state);
        foreach (var option in new Option[] { evidence, reason, org, actor })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => InitiativeCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (service, _) =>
        {
            var entry = await service.SetReadinessAsync(
                parse.GetValue(id)!,
                InitiativeCli.Parse<ReadinessControl>(parse.GetValue(control)!, "readiness control"),
                InitiativeCli.Parse<ReadinessState>(parse.GetValue(state)!, "readiness state"),
                parse.GetValue(evidence),
                parse.GetValue(reason),
                parse.GetValue(actor)!,
                ct).ConfigureAwait(false);
            context.Stdout.WriteLine($"{entry.Initiative}: {KebabCase.Of(entry.Control)} is {KebabCase.Of(entry.State)} (by {entry.Actor})");
            return 0;
        }, ct));
        return command;
    }
}
