namespace Hearth.Releases.Text;

/// <summary>One word of a release name: a run of letters and digits, with what separates it from its neighbours.</summary>
internal readonly struct Token(int start, int length, char before, char after, int depth)
{
    public int Start { get; } = start;

    public int Length { get; } = length;

    public int End => Start + Length;

    /// <summary>The character just before the word ('\0' at the start).</summary>
    public char Before { get; } = before;

    /// <summary>The character just after the word ('\0' at the end).</summary>
    public char After { get; } = after;

    /// <summary>How many brackets or parentheses enclose the word.</summary>
    public int Depth { get; } = depth;
}
