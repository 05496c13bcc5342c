using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// The table function <c>valueledger_feed(id BIGINT)</c>: the rows of the <see cref="IChunkFeed"/>
/// added under that id, written by <see cref="ChunkWriter"/> straight into the chunks DuckDB asks
/// for, on as many of DuckDB's threads as the feed allows. The callbacks are static and find the
/// feed by its id, so that one registration per database serves every store and session.
/// </summary>
/// <remarks>
/// <para>A feed is a stream of unknown length, declared to DuckDB as very large, so that a join
/// against a table builds its hash table on the table's side and streams the feed through it.</para>
/// <para>The callbacks run on DuckDB's threads and must not let an exception escape (that would end the
/// process): each one reports failures through DuckDB's error setters instead.</para>
/// </remarks>
internal static unsafe class ChunkFeedFunction
{
    public const string Name = "valueledger_feed";

    private const ulong DeclaredRows = 1UL << 40;

    private static readonly ConcurrentDictionary<long, IChunkFeed> Feeds = new();
    private static readonly Lock RegisterLock = new();
    private static long lastId;

    /// <summary>Registers the function with the database of <paramref name="connection"/>, unless it already has it.</summary>
    public static void Register(DuckDBConnection connection)
    {
        lock (RegisterLock)
        {
            if (IsRegistered(connection))
            {
                return;
            }

            var function = DuckDbTableFunctionNative.CreateTableFunction();
            try
            {
                DuckDbTableFunctionNative.SetName(function, Name);
                var id = DuckDbTableFunctionNative.CreateLogicalType(DuckDBType.BigInt);
                DuckDbTableFunctionNative.AddParameter(function, id);
                DuckDbTableFunctionNative.DestroyLogicalType(ref id);
                DuckDbTableFunctionNative.SetBind(function, &Bind);
                DuckDbTableFunctionNative.SetInit(function, &Init);
                DuckDbTableFunctionNative.SetLocalInit(function, &LocalInit);
                DuckDbTableFunctionNative.SetFunction(function, &Produce);
                if (DuckDbTableFunctionNative.Register(connection.NativeConnection, function) != DuckDBState.Success)
                {
                    throw new InvalidOperationException($"DuckDB refused to register the table function {Name}");
                }
            }
            finally
            {
                DuckDbTableFunctionNative.DestroyTableFunction(ref function);
            }
        }
    }

    /// <summary>Makes <paramref name="feed"/> readable as <c>valueledger_feed(id)</c> until <see cref="Remove"/>; returns the id.</summary>
    public static long Add(IChunkFeed feed)
    {
        var id = Interlocked.Increment(ref lastId);
        Feeds[id] = feed;
        return id;
    }

    public static void Remove(long id) => Feeds.TryRemove(id, out _);

    private static bool IsRegistered(DuckDBConnection connection)
    {
        using var command = Sql.Command(connection, "SELECT count(*) FROM duckdb_functions() WHERE function_name = $name", ("name", Name));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Bind(IntPtr info)
    {
        try
        {
            var parameter = DuckDbTableFunctionNative.BindGetParameter(info, 0);
            var id = DuckDbTableFunctionNative.GetInt64(parameter);
            DuckDbTableFunctionNative.DestroyValue(ref parameter);
            if (!Feeds.TryGetValue(id, out var feed))
            {
                DuckDbTableFunctionNative.BindSetError(info, $"{Name}: no feed {id} is open");
                return;
            }

            foreach (var (name, type) in feed.Columns)
            {
                var logical = type == DuckDBType.Decimal ? DuckDbTableFunctionNative.CreateDecimalType(38, 18) : DuckDbTableFunctionNative.CreateLogicalType(type);
                DuckDbTableFunctionNative.BindAddResultColumn(info, name, logical);
                DuckDbTableFunctionNative.DestroyLogicalType(ref logical);
            }

            DuckDbTableFunctionNative.BindSetCardinality(info, DeclaredRows, isExact: false);
            DuckDbTableFunctionNative.BindSetBindData(info, (IntPtr)id, null);
        }
        catch (Exception exception)
        {
            DuckDbTableFunctionNative.BindSetError(info, $"{Name}: {exception.Message}");
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Init(IntPtr info)
    {
        try
        {
            var feed = Feeds[(long)DuckDbTableFunctionNative.InitGetBindData(info)];
            DuckDbTableFunctionNative.InitSetMaxThreads(info, (ulong)Math.Max(1, feed.MaxThreads));
        }
        catch (Exception exception)
        {
            DuckDbTableFunctionNative.InitSetError(info, $"{Name}: {exception.Message}");
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void LocalInit(IntPtr info)
    {
        try
        {
            var feed = Feeds[(long)DuckDbTableFunctionNative.InitGetBindData(info)];
            var state = new ThreadState(feed.OpenReader(), new ChunkWriter(feed.Columns.Count));
            DuckDbTableFunctionNative.InitSetInitData(info, GCHandle.ToIntPtr(GCHandle.Alloc(state)), &Free);
        }
        catch (Exception exception)
        {
            DuckDbTableFunctionNative.InitSetError(info, $"{Name}: {exception.Message}");
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Produce(IntPtr info, IntPtr output)
    {
        try
        {
            var state = (ThreadState)GCHandle.FromIntPtr(DuckDbTableFunctionNative.FunctionGetLocalInitData(info)).Target!;
            state.Writer.Start(output);
            state.Reader.Fill(state.Writer);
            DuckDbTableFunctionNative.DataChunkSetSize(output, (ulong)state.Writer.Rows);
        }
        catch (Exception exception)
        {
            DuckDbTableFunctionNative.DataChunkSetSize(output, 0);
            DuckDbTableFunctionNative.FunctionSetError(info, exception.Message);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Free(IntPtr data)
    {
        var handle = GCHandle.FromIntPtr(data);
        try
        {
            ((ThreadState)handle.Target!).Reader.Dispose();
        }
        catch (Exception)
        {
            // Nothing to report to (DuckDB is freeing the thread's state after the query), and an
            // exception must not escape into native code.
        }
        finally
        {
            handle.Free();
        }
    }

    private sealed record ThreadState(IChunkFeedReader Reader, ChunkWriter Writer);
}
