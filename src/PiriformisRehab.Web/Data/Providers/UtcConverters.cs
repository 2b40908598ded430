using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PiriformisRehab.Web.Data.Providers;

/// <summary>
/// SQLite: the UTC instant in EF's DateTimeOffsetToBinaryConverter format (ticks and offset in one
/// long), so files written before this converter read the same and values order by instant.
/// </summary>
internal sealed class UtcBinaryDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, long>(
    value => ToBinary(value),
    stored => FromBinary(stored))
{
    private static readonly DateTimeOffsetToBinaryConverter Binary = new();

    private static long ToBinary(DateTimeOffset value) => (long)Binary.ConvertToProvider(value.ToUniversalTime())!;

    private static DateTimeOffset FromBinary(long stored) => ((DateTimeOffset)Binary.ConvertFromProvider(stored)!).ToUniversalTime();
}

/// <summary>PostgreSQL: timestamptz takes only UTC values from Npgsql, and gives back UTC.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    stored => stored.ToUniversalTime());
