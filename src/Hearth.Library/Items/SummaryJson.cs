using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Items;

/// <summary>
/// Each item's list JSON (its <see cref="ItemSummary"/> without anyone's marks), kept until the next write that changes
/// items, and the page written from it. A random page of a large library then reads no row: its ids come from the
/// listing's ranks, its items' JSON from here, the caller's marks from <see cref="ItemQueries.MarksAsync"/>, spliced in
/// where the summary has <c>"userData":null</c>. The bytes are the ones <see cref="JsonSerializer"/> writes for the
/// same <see cref="ItemPage"/> (a test holds them equal), so a client cannot tell the two paths apart.
/// </summary>
public sealed class SummaryJson(LibraryWriter writer, IOptions<JsonOptions> json)
{
    // an item's summary is about 460 bytes: some 55 MB at most; a larger library keeps the items first seen
    public const int MaxItems = 120_000;

    private readonly JsonSerializerOptions options = json.Value.SerializerOptions;
    private byte[]? marksMarker;
    private Generation current = new(-1);

    /// <summary>The kept JSON of the store as it is now.</summary>
    public Shelf Current()
    {
        var version = writer.ItemsVersion;
        var known = Volatile.Read(ref current);
        if (known.Version != version)
        {
            // read before the answer is made: a write landing meanwhile makes this generation stale at once
            var fresh = new Generation(version);
            known = Interlocked.CompareExchange(ref current, fresh, known) == known ? fresh : Volatile.Read(ref current);
        }

        return new Shelf(this, known);
    }

    /// <summary>
    /// The page's JSON: <paramref name="ids"/> in order (from the shelf, else from <paramref name="unkept"/>, the ones
    /// read for this page that a full shelf did not take; an id in neither was deleted and is left out), each
    /// with the caller's marks from <paramref name="marks"/>, and the listing's <paramref name="total"/>.
    /// </summary>
    public byte[] Page(Shelf shelf, IReadOnlyList<Guid> ids, IReadOnlyDictionary<Guid, KeptSummary> unkept, IReadOnlyDictionary<Guid, UserData> marks, int total, int offset, int limit)
    {
        var names = Names();
        var output = new ArrayBufferWriter<byte>(Math.Max(256, ids.Count * 512));
        Write(output, names.ItemsOpen);
        var first = true;
        foreach (var id in ids)
        {
            if (!shelf.TryGet(id, out var kept) && !unkept.TryGetValue(id, out kept))
            {
                continue;
            }

            if (!first)
            {
                Write(output, ","u8);
            }

            first = false;
            if (marks.TryGetValue(id, out var mark))
            {
                Write(output, kept.Json.AsSpan(0, kept.MarksAt));
                Write(output, JsonSerializer.SerializeToUtf8Bytes(mark, options));
                Write(output, kept.Json.AsSpan(kept.MarksAt + 4));
            }
            else
            {
                Write(output, kept.Json);
            }
        }

        Write(output, names.Total);
        WriteNumber(output, total);
        Write(output, names.Offset);
        WriteNumber(output, offset);
        Write(output, names.Limit);
        WriteNumber(output, limit);
        Write(output, "}"u8);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>A summary's JSON as a page splices it, without keeping it.</summary>
    public KeptSummary Write(ItemSummary summary)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(summary with { UserData = null }, options);
        var marker = marksMarker ??= Encoding.UTF8.GetBytes($"\"{Name(nameof(ItemSummary.UserData))}\":null");
        // inside a string value a quote is always escaped, so the first match is the member itself
        var at = bytes.AsSpan().IndexOf(marker);
        if (at < 0)
        {
            throw new InvalidOperationException("An item summary's JSON has no userData member to put marks in");
        }

        return new KeptSummary(bytes, at + marker.Length - 4);
    }

    private PageNames Names() => names ??= new PageNames(
        Encoding.UTF8.GetBytes($"{{\"{Name(nameof(ItemPage.Items))}\":["),
        Encoding.UTF8.GetBytes($"],\"{Name(nameof(ItemPage.Total))}\":"),
        Encoding.UTF8.GetBytes($",\"{Name(nameof(ItemPage.Offset))}\":"),
        Encoding.UTF8.GetBytes($",\"{Name(nameof(ItemPage.Limit))}\":"));

    private PageNames? names;

    private string Name(string member) => options.PropertyNamingPolicy?.ConvertName(member) ?? member;

    private static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes) => output.Write(bytes);

    private static void WriteNumber(IBufferWriter<byte> output, int value)
    {
        var span = output.GetSpan(11);
        Utf8Formatter.TryFormat(value, span, out var written);
        output.Advance(written);
    }

    private sealed record PageNames(byte[] ItemsOpen, byte[] Total, byte[] Offset, byte[] Limit);

    internal sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<Guid, KeptSummary> Items { get; } = new();

        // the dictionary's own Count takes every lock
        public int Count;
    }

    /// <summary>One generation of the store's kept summaries.</summary>
    public readonly struct Shelf
    {
        private readonly SummaryJson owner;
        private readonly Generation generation;

        internal Shelf(SummaryJson owner, Generation generation)
        {
            this.owner = owner;
            this.generation = generation;
        }

        internal bool TryGet(Guid id, out KeptSummary kept) => generation.Items.TryGetValue(id, out kept);

        public bool Has(Guid id) => generation.Items.ContainsKey(id);

        /// <summary>Keeps a summary read from the store (its marks are not kept) while the shelf has room; returns its JSON.</summary>
        public KeptSummary Keep(ItemSummary summary)
        {
            var kept = owner.Write(summary);
            if (Volatile.Read(ref generation.Count) < MaxItems && generation.Items.TryAdd(summary.Id, kept))
            {
                Interlocked.Increment(ref generation.Count);
            }

            return kept;
        }
    }
}

/// <summary>An item's summary JSON with <c>"userData":null</c>; <see cref="MarksAt"/> is where the <c>null</c> starts.</summary>
public readonly record struct KeptSummary(byte[] Json, int MarksAt);
