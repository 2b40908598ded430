using System.Globalization;
using System.Text;
using CsCheck;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>
/// Generators of what an attacker or a broken client sends: bodies that are almost JSON, JSON
/// with unreadable text (lone surrogates, invalid UTF-8), wrong types, huge and deep values,
/// duplicate keys; and form values of every shape for every field a form reads.
/// </summary>
internal static class MalformedInput
{
    private static readonly string[] QuestionIds =
        ["buttockPain", "sciaticNotchTenderness", "worseSitting", "painNow", "painWorst", "settleTime", "runningStatus", "saddleNumbness", "answers", "clinicianCleared", ""];

    /// <summary>Text that is hard to read: lone surrogates, controls, markup, very long, numbers as text.</summary>
    public static readonly Gen<string> NastyText = Gen.Frequency(
        (4, Gen.String),
        (2, Gen.String[Gen.Char['\ud800', '\udfff'], 1, 4]),
        (2, Gen.OneOf("\ud800", "a\udc00b", "\uffff", "\0", "\u202e", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "../../etc/passwd", "\r\nSet-Cookie: x=1", "true", "1", "-1", "1e400", "NaN", "{}", "[]", "null")),
        (1, Gen.Int[1_000, 70_000].Select(n => new string('x', n))),
        (2, Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Double.Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
        (1, Gen.Guid.Select(g => g.ToString())),
        (1, Gen.Const(string.Empty)));

    /// <summary>A JSON string literal, sometimes with escapes .NET cannot turn into a string.</summary>
    private static readonly Gen<byte[]> JsonStringLiteral = Gen.Frequency(
        (4, NastyText.Select(s => Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(s)))),
        (2, Gen.OneOf("\"\\ud800\"", "\"\\udc00\"", "\"a\\ud83d\"", "\"\\ud83d\\u0041\"", "\"\\u00\"", "\"\\x41\"", "\"tab\there\"").Select(Encoding.UTF8.GetBytes)),
        (2, Gen.Byte.Array[1, 6].Select(bad => (byte[])[(byte)'"', 0xC3, 0x28, .. bad, 0xFF, (byte)'"'])));

    private static readonly Gen<byte[]> JsonKey = Gen.Frequency(
        (4, Gen.OneOf(QuestionIds).Select(id => Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(id)))),
        (3, JsonStringLiteral));

    private static readonly Gen<byte[]> JsonScalar = Gen.Frequency(
        (3, JsonStringLiteral),
        (2, Gen.OneOf("true", "false", "null", "0", "-0", "3", "11", "-5", "4.5", "1e400", "-1e-400", "99999999999999999999999999", "0x10", "NaN", "Infinity", "01", "+1").Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Long.Select(n => Encoding.UTF8.GetBytes(n.ToString(CultureInfo.InvariantCulture)))));

    private static Gen<byte[]> JsonValue(int depth) => depth <= 0
        ? JsonScalar
        : Gen.Frequency(
            (5, JsonScalar),
            (1, JsonValue(depth - 1).Array[0, 4].Select(items => Join("[", items, "]"))),
            (2, JsonObject(depth - 1)));

    private static Gen<byte[]> JsonObject(int depth) =>
        Gen.Select(JsonKey, JsonValue(depth), (k, v) => (byte[])[.. k, (byte)':', .. v]).Array[0, 6].Select(members => Join("{", members, "}"));

    /// <summary>Bodies for POST /api/v1/assessments/evaluate.</summary>
    public static readonly Gen<byte[]> EvaluateBody = Gen.Frequency(
        (6, JsonObject(2).Select(answers => (byte[])[.. "{\"answers\":"u8, .. answers, (byte)'}'])),
        (3, JsonObject(3)),
        (2, Gen.Select(JsonObject(2), Gen.Int[0, 200], (body, cut) => body[..Math.Min(cut, body.Length)])),
        (1, Gen.Int[30, 80].Select(depth => Encoding.ASCII.GetBytes(new string('[', depth) + new string(']', depth)))),
        (1, Gen.Int[30, 80].Select(depth => Encoding.ASCII.GetBytes("{\"answers\":" + string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth + 1)))),
        (2, Gen.Byte.Array[0, 300]),
        (1, Gen.OneOf("", " ", "null", "[]", "\"answers\"", "{\"answers\":null}", "{\"answers\":{},\"answers\":{}}", "{\"answers\":{}} trailing", "\uFEFF{\"answers\":{}}").Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Int[66_000, 70_000].Select(n => Encoding.ASCII.GetBytes("{\"answers\":{\"x\":\"" + new string('a', n) + "\"}}"))));

    public static readonly Gen<string?> ContentType = Gen.Frequency(
        (8, Gen.Const<string?>("application/json")),
        (1, Gen.OneOf<string?>(null, "text/plain", "application/json; charset=latin1", "application/problem+json", "application/x-www-form-urlencoded", "application/json; charset=utf-8", "multipart/form-data; boundary=x", ";;;", "application/")));

    private static byte[] Join(string open, byte[][] items, string close)
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes(open));
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                bytes.Add((byte)',');
            }

            bytes.AddRange(items[i]);
        }

        bytes.AddRange(Encoding.ASCII.GetBytes(close));
        return [.. bytes];
    }
}
