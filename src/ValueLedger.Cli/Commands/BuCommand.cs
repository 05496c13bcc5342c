using System.CommandLine;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Showback;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger bu acknowledge ID --owner NAME</c> records that a business unit's declared owner takes
/// ownership of its AI spend (the precondition of chargeback); <c>valueledger bu list</c> shows each unit's
/// declared mode, latest acknowledgement and effective mode.
/// </summary>
internal static class BuCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var command = new Command("bu", "Business units: acknowledge ownership (the step before chargeback) and list billing modes.");
        command.Subcommands.Add(Acknowledge(context, db));
        command.Subcommands.Add(List(context, db));
        return command;
    }

    private static Command Acknowledge(CliContext context, Option<string> db)
    {
        var id = new Argument<string>("ID") { Description = "The business unit id, as declared in the organisation." };
        var owner = new Option<string>("--owner") { Description = "The acknowledging owner: must equal the unit's declared owner.", HelpName = "NAME", Required = true };
        var note = new Option<string?>("--note") { Description = "An optional note kept with the acknowledgement.", HelpName = "TEXT" };
        var org = ShowbackCommand.OrgOption();
        var command = new Command("acknowledge", "Record that the business unit's declared owner acknowledges ownership of its AI spend; a unit declared 'mode: chargeback' is billed from then on.");
        command.Arguments.Add(id);
        foreach (var option in new Option[] { owner, note, org })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var organisation = ShowbackCommand.LoadOrganisation(parse.GetValue(org)!);
            var unitId = parse.GetValue(id)!;
            var name = parse.GetValue(owner)!;
            var unit = organisation.FindBusinessUnit(unitId)
                ?? throw new CliException($"'{unitId}' is not a declared business unit; declared: {string.Join(", ", organisation.BusinessUnits.Select(b => b.Id))}");
            if (unit.Owner is null)
            {
                throw new CliException($"{unit.Id} declares no owner; add 'owner:' to the business unit in {parse.GetValue(org)} before acknowledging");
            }

            if (!string.Equals(name, unit.Owner, StringComparison.Ordinal))
            {
                throw new CliException($"'{name}' is not the declared owner of {unit.Id} (the organisation declares '{unit.Owner}'); only the declared owner can acknowledge; nothing recorded");
            }

            var acknowledgement = new BuAcknowledgement(unit.Id, name, context.Time.GetUtcNow(), parse.GetValue(note));
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var showback = store as IShowbackStore ?? throw new CliException("this ledger cannot record acknowledgements");
                await showback.RecordAcknowledgementAsync(acknowledgement, ct).ConfigureAwait(false);
            }

            var state = BuBillingState.Of(unit, acknowledgement);
            context.Stdout.WriteLine(state.Status == StatementStatus.Billable
                ? $"{unit.Id} is now in chargeback: {ShowbackText.Acknowledged(acknowledgement)}"
                : $"acknowledged; {unit.Id} stays in showback because {OrganisationFileName(parse.GetValue(org)!)} declares mode: {ShowbackText.Mode(unit.Mode)}");
            return 0;
        });
        return command;
    }

    /// <summary>The organisation file's (or folder's) name as users know it, e.g. <c>organisation.yaml</c>.</summary>
    private static string OrganisationFileName(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(path));

    private static Command List(CliContext context, Option<string> db)
    {
        var org = ShowbackCommand.OrgOption();
        var format = GlobalOptions.Format();
        var command = new Command("list", "List business units: declared mode, latest acknowledgement, effective mode.");
        command.Options.Add(org);
        command.Options.Add(format);
        command.SetAction(async (parse, ct) =>
        {
            var organisation = ShowbackCommand.LoadOrganisation(parse.GetValue(org)!);
            IReadOnlyDictionary<string, BuAcknowledgement> latest;
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var showback = store as IShowbackStore ?? throw new CliException("this ledger has no acknowledgements");
                latest = BuAcknowledgement.LatestPerBu(await showback.QueryAcknowledgementsAsync(ct).ConfigureAwait(false));
            }

            var report = new Report("Business units",
            [
                new("id", "Id"), new("name", "Name"), new("owner", "Owner"), new("declaredMode", "Declared mode"),
                new("acknowledgedBy", "Acknowledged by"), new("acknowledgedAt", "Acknowledged at"), new("effectiveMode", "Effective mode"), new("note", "Note"),
            ]);
            foreach (var unit in organisation.BusinessUnits.DistinctBy(b => b.Id, StringComparer.Ordinal))
            {
                var state = BuBillingState.Of(unit, latest.GetValueOrDefault(unit.Id));
                report.Add(unit.Id, unit.Name, unit.Owner, ShowbackText.Mode(unit.Mode), state.Acknowledgement?.Owner,
                    state.Acknowledgement is { } a ? MoneyText.Timestamp(a.AcknowledgedAt) : null, ShowbackText.Mode(state.EffectiveMode), state.Note);
            }

            report.Write(parse.GetValue(format) ?? OutputFormat.Table, context.Out, context.Stdout, "a unit is billed (chargeback) only when declared so and acknowledged by its declared owner");
            return 0;
        });
        return command;
    }
}
