namespace Hearth.Releases.Text;

/// <summary>
/// A release name cut into words once; every feature reads the same words instead of running its own
/// regular expressions over the whole text. Words are compared case-insensitively as spans, so the
/// scan allocates only its token array.
/// </summary>
internal sealed class Scan
{
    private Token[] tokens;

    public Scan(string text, int start, int end)
    {
        Text = text;
        tokens = new Token[Math.Min(64, Math.Max(8, (end - start) / 3))];
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsWordChar(text, i, start, end))
            {
                var s = i;
                while (i + 1 < end && IsWordChar(text, i + 1, start, end))
                {
                    i++;
                }
                Add(new Token(s, i + 1 - s, s > start ? text[s - 1] : '\0', i + 1 < end ? text[i + 1] : '\0', depth));
                continue;
            }
            if (c is '[' or '(' or '{')
            {
                depth++;
            }
            else if (c is ']' or ')' or '}' && depth > 0)
            {
                depth--;
            }
        }
    }

    public string Text { get; }

    public int Count { get; private set; }

    public Token this[int index] => tokens[index];

    public ReadOnlySpan<char> Word(int index)
    {
        var t = tokens[index];
        return Text.AsSpan(t.Start, t.Length);
    }

    public bool Is(int index, string word) =>
        index >= 0 && index < Count && Word(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int index, params ReadOnlySpan<string> words)
    {
        if (index < 0 || index >= Count)
        {
            return false;
        }
        var w = Word(index);
        foreach (var word in words)
        {
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The index of the first word starting at or after a text position.</summary>
    public int IndexAt(int position)
    {
        for (var i = 0; i < Count; i++)
        {
            if (tokens[i].Start >= position)
            {
                return i;
            }
        }
        return Count;
    }

    private void Add(Token token)
    {
        if (Count == tokens.Length)
        {
            Array.Resize(ref tokens, tokens.Length * 2);
        }
        tokens[Count++] = token;
    }

    // An apostrophe inside a word belongs to it (Director's, Goblin's), so it is never a separator.
    private static bool IsWordChar(string text, int i, int start, int end)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }
        if (c is '\'' or '’' && i > start && i + 1 < end && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
        {
            return true;
        }
        return char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }
}
