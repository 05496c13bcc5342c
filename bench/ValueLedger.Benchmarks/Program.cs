using ValueLedger.Benchmarks;

return args.FirstOrDefault() switch
{
    "child-import" => await Child.ImportAsync(args[1], args[2]).ConfigureAwait(false),
    "child-readcsv" => Child.ReadCsv(args[1], args[2]),
    "child-people-import" => await Child.PeopleImportAsync(args[1], args[2], args[3]).ConfigureAwait(false),
    "child-readjson" => Child.ReadJson(args[1], args[2]),
    "child-import-into" => await AllocationChild.ImportIntoAsync(args[1], args[2]).ConfigureAwait(false),
    "child-allocate" => await AllocationChild.AllocateAsync(args[1], args[2]).ConfigureAwait(false),
    "child-showback" => await AllocationChild.ShowbackAsync(args[1], args[2], args[3]).ConfigureAwait(false),
    "child-groupby" => AllocationChild.GroupBy(args[1]),
    "import" or null => await ImportBenchmark.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false),
    "allocate" => await AllocationBenchmark.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false),
    "people" => await PeopleBenchmark.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false),
    "load" => await LoadBenchmark.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: ValueLedger.Benchmarks import [--usage-rows N] [--focus-rows N] [--work DIR]
               ValueLedger.Benchmarks allocate [--usage-rows 10000000] [--cost-rows 1000000] [--work DIR]
               ValueLedger.Benchmarks people [--rows 1000000] [--work DIR]
               ValueLedger.Benchmarks load --db LEDGER --org ORG [--clients 16] [--seconds 20] [--spans 500] [--out FILE] [--in-place]
        """);
    return 2;
}
