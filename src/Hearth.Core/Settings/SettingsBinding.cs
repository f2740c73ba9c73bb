using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hearth.Core.Settings;

/// <summary>
/// How each context binds its options class: from its section of the settings (<c>&lt;data&gt;/settings.json</c>,
/// then environment variables <c>HEARTH_Section__Key</c>), checked at start, and refused with the setting's full
/// name and the reason ("Streaming:MaxConcurrentTranscodes is 0: …"), which a person can find in the file or the
/// environment. The admin Settings page checks a change with the same rules before it saves it.
/// </summary>
public static class SettingsBinding
{
    public static OptionsBuilder<T> BindSettings<T>(this IHostApplicationBuilder builder, string section)
        where T : class
    {
        builder.Services.AddSingleton<IValidateOptions<T>>(new SectionValidator<T>(section));
        return builder.Services.AddOptions<T>().Bind(builder.Configuration.GetSection(section)).ValidateOnStart();
    }

    /// <summary>What is wrong with <paramref name="options"/>, one sentence per setting, each naming it as Section:Key.</summary>
    public static IReadOnlyList<string> Problems(object options, string section)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => Sentence(options, section, r))];
    }

    /// <summary>
    /// The options <paramref name="configuration"/> would give, or the reason it cannot: a value of the wrong type
    /// ("four" for a number) is named, as a failed rule is.
    /// </summary>
    public static IReadOnlyList<string> Problems<T>(IConfiguration configuration, string section, out T? bound)
        where T : class, new()
    {
        bound = null;
        var options = new T();
        try
        {
            configuration.GetSection(section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            return [e.Message];
        }

        bound = options;
        return Problems(options, section);
    }

    private static string Sentence(object options, string section, ValidationResult result)
    {
        var members = result.MemberNames.ToList();
        if (members.Count == 0)
        {
            return $"{section}: {result.ErrorMessage}";
        }

        var value = options.GetType().GetProperty(members[0])?.GetValue(options);
        var shown = value is null ? "empty" : $"'{Convert.ToString(value, CultureInfo.InvariantCulture)}'";
        return $"{section}:{members[0]} is {shown}: {result.ErrorMessage}";
    }

    private sealed class SectionValidator<T>(string section) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options) =>
            Problems(options, section) is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
