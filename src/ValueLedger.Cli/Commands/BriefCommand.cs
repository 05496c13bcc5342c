using System.CommandLine;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Lifecycle;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger brief ID [--version N] [--format table|json|html] [--output FILE]</c>: the sponsor brief to hand
/// out before the programme starts, from the latest signed J-curve version (or the given one; an unsigned
/// version prints as a draft). Read-only. An undeclared initiative or version is exit 1, like <c>initiative show</c>.
/// </summary>
internal static class BriefCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var id = new Argument<string>("ID") { Description = "The initiative id." };
        var version = new Option<int?>("--version") { Description = "The J-curve version. Default: the latest signed version, else the latest (printed as a draft).", HelpName = "N" };
        var format = FormatOption();
        var output = OutputOption();
        var org = ShowbackCommand.OrgOption();
        var command = new Command("brief", "The sponsor brief of an initiative: expected lag and dip, tolerance band, what will be measured, readiness and scoreboard.");
        command.Arguments.Add(id);
        foreach (var option in new Option[] { version, format, output, org })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => InitiativeCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (service, _) =>
        {
            var state = await service.LoadStateAsync(parse.GetValue(id)!, ct).ConfigureAwait(false);
            var view = BriefView.Create(state, Pick(state, parse.GetValue(version)));
            var path = parse.GetValue(output);
            using var file = path is null ? null : OpenOutput(path);
            var writer = (TextWriter?)file ?? context.Stdout;
            switch (parse.GetValue(format))
            {
                case "json":
                    BriefJsonWriter.Write(writer, view);
                    break;
                case "html":
                    BriefHtmlWriter.Write(writer, view, context.Time.GetUtcNow());
                    break;
                default:
                    BriefTextWriter.Write(writer, view);
                    break;
            }

            if (file is not null)
            {
                file.Flush();
                context.Stdout.WriteLine($"wrote the sponsor brief of {state.Initiative.Id} (J-curve version {view.Declaration.Version}) to {path}");
            }

            return 0;
        }, ct));
        return command;
    }

    /// <summary><c>--format table|json|html</c>, table by default.</summary>
    internal static Option<string> FormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = "Output: table (default), json (see docs/cli-json.md) or html (a printable document).",
            HelpName = "table|json|html",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "html");
        return format;
    }

    internal static Option<string?> OutputOption() => new("--output") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };

    /// <summary>A UTF-8 (no BOM) file for <c>--output</c>; a failure to open it is exit 1.</summary>
    internal static StreamWriter OpenOutput(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {path}: {ex.Message}");
        }
    }

    private static JCurveDeclaration Pick(InitiativeState state, int? version)
    {
        if (state.JCurves.Count == 0)
        {
            throw new CliException($"{state.Initiative.Id} has no J-curve declaration, so there is nothing to brief; declare one with `valueledger jcurve declare {state.Initiative.Id} ...`");
        }

        if (version is { } v)
        {
            return state.JCurves.FirstOrDefault(j => j.Version == v)
                ?? throw new CliException($"{state.Initiative.Id} has no J-curve version {v}; versions: {string.Join(", ", state.JCurves.Select(j => j.Version))}");
        }

        return state.SignedJCurve ?? state.JCurves[^1];
    }
}
