using System.Collections.Frozen;

namespace Hearth.Releases.Text;

/// <summary>
/// A vocabulary looked up by a word of the name in one hash probe, case-insensitively and without
/// allocating: every scanner asks "is this word one of mine?" for every word, so a linear search
/// through a list per question is what made parsing slow.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(params ReadOnlySpan<string> words)
    {
        lookup = words.ToArray().ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}

/// <summary>A vocabulary with a value per word (a language, a service name), looked up like <see cref="WordSet"/>.</summary>
internal sealed class WordMap<T>
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var dictionary = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in entries)
        {
            dictionary.TryAdd(key, value);
        }
        lookup = dictionary.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> word, out T value) => lookup.TryGetValue(word, out value!);
}
