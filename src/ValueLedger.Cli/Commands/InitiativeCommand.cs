using System.CommandLine;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Lifecycle;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger initiative show|list|advance|retire</c>: the life cycle idea → experiment → pilot →
/// production (retired from any stage) with its gates; see <see cref="LifecycleGates"/>.
/// </summary>
internal static class InitiativeCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var command = new Command("initiative", "Initiatives' life cycle: show, list, advance a stage (through its gates), retire.");
        command.Subcommands.Add(InitiativeShowCommand.Create(context, db));
        command.Subcommands.Add(List(context, db));
        command.Subcommands.Add(Advance(context, db));
        command.Subcommands.Add(Retire(context, db));
        return command;
    }

    private static Command List(CliContext context, Option<string> db)
    {
        var org = ShowbackCommand.OrgOption();
        var format = GlobalOptions.Format();
        var command = new Command("list", "List initiatives: stage, owner business unit, sponsor, signed J-curve, what the next stage still needs.");
        command.Options.Add(org);
        command.Options.Add(format);
        command.SetAction((parse, ct) => InitiativeCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (service, _) =>
        {
            var report = new Report("Initiatives",
            [
                new("id", "Id"), new("name", "Name"), new("stage", "Stage"), new("stageSource", "Stage from"), new("ownerBu", "Owner BU"),
                new("sponsor", "Sponsor"), new("signedJCurve", "Signed J-curve", ReportColumnKind.Count), new("nextStage", "Next stage"), new("missing", "Next stage needs"),
            ]);
            foreach (var initiative in service.Initiatives)
            {
                var state = await service.LoadStateAsync(initiative.Id, ct).ConfigureAwait(false);
                var next = LifecycleGates.NextStage(state.Stage);
                report.Add(initiative.Id, initiative.Name, KebabCase.Of(state.Stage), StageSource(state), initiative.OwnerBu, initiative.Sponsor,
                    state.SignedJCurve?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), next is { } n ? KebabCase.Of(n) : null,
                    next is { } to ? string.Join("; ", LifecycleGates.UnmetConditions(state, to)) : null);
            }

            report.Write(parse.GetValue(format) ?? OutputFormat.Table, context.Out, context.Stdout, "stage from: a recorded transition, else organisation.yaml");
            return 0;
        }, ct));
        return command;
    }

    private static Command Advance(CliContext context, Option<string> db)
    {
        var id = new Argument<string>("ID") { Description = "The initiative id." };
        var to = new Option<string>("--to") { Description = "The stage to move to: one step forward, or one step back (with --reason).", HelpName = "STAGE", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Why (needed to go back a stage).", HelpName = "TEXT" };
        return Move(context, db, new Command("advance", "Move an initiative one stage forward through its gates, or one back with a reason."), id, to, reason);
    }

    private static Command Retire(CliContext context, Option<string> db)
    {
        var id = new Argument<string>("ID") { Description = "The initiative id." };
        var reason = new Option<string?>("--reason") { Description = "Why it is retired (required; kept in the audit log).", HelpName = "TEXT" };
        return Move(context, db, new Command("retire", "Retire an initiative from any stage, with a reason (admin or the owning unit's bu-owner)."), id, null, reason);
    }

    private static Command Move(CliContext context, Option<string> db, Command command, Argument<string> id, Option<string>? to, Option<string?> reason)
    {
        var org = ShowbackCommand.OrgOption();
        var actor = GlobalOptions.Actor();
        command.Arguments.Add(id);
        foreach (var option in new Option?[] { to, reason, org, actor })
        {
            if (option is not null)
            {
                command.Options.Add(option);
            }
        }

        command.SetAction((parse, ct) => InitiativeCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (service, _) =>
        {
            var target = to is null ? InitiativeStage.Retired : InitiativeCli.Parse<InitiativeStage>(parse.GetValue(to)!, "stage");
            var transition = await service.AdvanceAsync(parse.GetValue(id)!, target, parse.GetValue(actor)!, parse.GetValue(reason), ct).ConfigureAwait(false);
            context.Stdout.WriteLine($"{transition.Initiative}: {KebabCase.Of(transition.From)} -> {KebabCase.Of(transition.To)} (by {transition.Actor})");
            return 0;
        }, ct));
        return command;
    }

    internal static string StageSource(InitiativeState state) => state.StageFromTransition ? "transition" : "organisation";
}
