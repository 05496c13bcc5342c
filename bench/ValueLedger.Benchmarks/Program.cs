using ValueLedger.Benchmarks;

return args.FirstOrDefault() switch
{
    "child-import" => await Child.ImportAsync(args[1], args[2]).ConfigureAwait(false),
    "child-readcsv" => Child.ReadCsv(args[1], args[2]),
    "import" or null => await ImportBenchmark.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ValueLedger.Benchmarks import [--usage-rows N] [--focus-rows N] [--work DIR]");
    return 2;
}
