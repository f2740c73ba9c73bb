using System.Globalization;
using Hearth.Library.Metadata.Store;

namespace Hearth.Library.Metadata.Apply;

/// <summary>
/// Writes a provider's values onto a row under the rules: a field a person locked or the local NFO supplied is
/// left alone, an empty provider value never blanks a known one, and every field the provider did fill is
/// recorded (so a rescan keeps it). <see cref="Changed"/> says whether anything on the row moved.
/// </summary>
internal sealed class ProviderFieldWriter(FieldSet locked, FieldSet local, FieldSet provided)
{
    public bool Changed { get; private set; }

    public FieldSet Provided => provided;

    public bool May(string field) => !locked.Has(field) && !local.Has(field);

    public void Text(string field, string? value, string? current, Action<string> set)
    {
        if (string.IsNullOrWhiteSpace(value) || !May(field))
        {
            return;
        }

        provided.Add(field);
        if (!string.Equals(value.Trim(), current, StringComparison.Ordinal))
        {
            set(value.Trim());
            Changed = true;
        }
    }

    public void Number<T>(string field, T? value, T? current, Action<T> set)
        where T : struct, IEquatable<T>
    {
        if (value is not { } v || !May(field))
        {
            return;
        }

        provided.Add(field);
        if (current is not { } c || !c.Equals(v))
        {
            set(v);
            Changed = true;
        }
    }

    /// <summary>A list stored '|'-joined (genres, studios); an empty list leaves what is there.</summary>
    public void List(string field, IReadOnlyList<string> values, string? current, Action<string> set)
    {
        var clean = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Text(field, clean.Count == 0 ? null : string.Join('|', clean), current, set);
    }

    public void Date(string field, DateOnly? value, string? current, Action<string> set) =>
        Text(field, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), current, set);

    /// <summary>A downloaded picture in place of the current one, unless a person chose it or the folder has its own.</summary>
    public void Picture(string role, string? downloaded, string? current, Action<string> set) => Text(role, downloaded, current, set);

    /// <summary>Marks a change made outside the field rules (provider ids, the collection).</summary>
    public void Touch() => Changed = true;
}
