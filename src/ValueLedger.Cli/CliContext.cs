using Spectre.Console;

namespace ValueLedger.Cli;

/// <summary>What commands need from their surroundings: output writers, consoles, time.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter stdout, TextWriter stderr, TimeProvider time, bool interactive)
    {
        Stdout = stdout;
        Stderr = stderr;
        Time = time;
        Interactive = interactive;
        Out = CreateConsole(stdout, interactive && !Console.IsOutputRedirected);
        Err = CreateConsole(stderr, interactive && !Console.IsErrorRedirected);
    }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    /// <summary>Tables and summaries (standard output).</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Progress and messages (standard error), so that standard output stays clean for CSV and JSON.</summary>
    public IAnsiConsole Err { get; }

    public TimeProvider Time { get; }

    /// <summary>True when attached to a terminal (progress bars are drawn).</summary>
    public bool Interactive { get; }

    /// <summary>Writes "error: ..." to standard error.</summary>
    public void Error(string message) => Stderr.WriteLine($"error: {message}");

    private static IAnsiConsole CreateConsole(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!terminal)
        {
            // Redirected output has no width; wide enough that tables do not wrap in files and tests.
            console.Profile.Width = 240;
        }

        return console;
    }
}
