using System.Runtime.InteropServices;
using DuckDB.NET.Native;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// The parts of DuckDB's C API for table functions that <see cref="ChunkFeedFunction"/> uses, with
/// raw pointers (DuckDB.NET binds most of them, but not the per-thread init nor the thread count).
/// Signatures as in <c>duckdb.h</c>: every handle is a pointer, <c>idx_t</c> a <c>uint64</c>.
/// </summary>
internal static unsafe partial class DuckDbTableFunctionNative
{
    private const string Library = "duckdb";

    [LibraryImport(Library, EntryPoint = "duckdb_create_table_function")]
    public static partial IntPtr CreateTableFunction();

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_table_function")]
    public static partial void DestroyTableFunction(ref IntPtr tableFunction);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_name", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void SetName(IntPtr tableFunction, string name);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_add_parameter")]
    public static partial void AddParameter(IntPtr tableFunction, IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_bind")]
    public static partial void SetBind(IntPtr tableFunction, delegate* unmanaged[Cdecl]<IntPtr, void> bind);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_init")]
    public static partial void SetInit(IntPtr tableFunction, delegate* unmanaged[Cdecl]<IntPtr, void> init);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_local_init")]
    public static partial void SetLocalInit(IntPtr tableFunction, delegate* unmanaged[Cdecl]<IntPtr, void> init);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_function")]
    public static partial void SetFunction(IntPtr tableFunction, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, void> function);

    [LibraryImport(Library, EntryPoint = "duckdb_register_table_function")]
    public static partial DuckDBState Register(DuckDBNativeConnection connection, IntPtr tableFunction);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_add_result_column", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void BindAddResultColumn(IntPtr info, string name, IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_get_parameter")]
    public static partial IntPtr BindGetParameter(IntPtr info, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_set_bind_data")]
    public static partial void BindSetBindData(IntPtr info, IntPtr bindData, delegate* unmanaged[Cdecl]<IntPtr, void> destroy);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_set_cardinality")]
    public static partial void BindSetCardinality(IntPtr info, ulong cardinality, [MarshalAs(UnmanagedType.U1)] bool isExact);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_set_error", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void BindSetError(IntPtr info, string error);

    [LibraryImport(Library, EntryPoint = "duckdb_init_get_bind_data")]
    public static partial IntPtr InitGetBindData(IntPtr info);

    [LibraryImport(Library, EntryPoint = "duckdb_init_set_init_data")]
    public static partial void InitSetInitData(IntPtr info, IntPtr initData, delegate* unmanaged[Cdecl]<IntPtr, void> destroy);

    [LibraryImport(Library, EntryPoint = "duckdb_init_set_max_threads")]
    public static partial void InitSetMaxThreads(IntPtr info, ulong maxThreads);

    [LibraryImport(Library, EntryPoint = "duckdb_init_set_error", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void InitSetError(IntPtr info, string error);

    [LibraryImport(Library, EntryPoint = "duckdb_function_get_local_init_data")]
    public static partial IntPtr FunctionGetLocalInitData(IntPtr info);

    [LibraryImport(Library, EntryPoint = "duckdb_function_set_error", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void FunctionSetError(IntPtr info, string error);

    [LibraryImport(Library, EntryPoint = "duckdb_get_int64")]
    public static partial long GetInt64(IntPtr value);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_value")]
    public static partial void DestroyValue(ref IntPtr value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_logical_type")]
    public static partial IntPtr CreateLogicalType(DuckDBType type);

    [LibraryImport(Library, EntryPoint = "duckdb_create_decimal_type")]
    public static partial IntPtr CreateDecimalType(byte width, byte scale);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_logical_type")]
    public static partial void DestroyLogicalType(ref IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    public static partial IntPtr DataChunkGetVector(IntPtr chunk, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_set_size")]
    public static partial void DataChunkSetSize(IntPtr chunk, ulong size);
}
