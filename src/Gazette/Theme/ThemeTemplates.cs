using System.Collections.Frozen;
using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Site;
using Scriban;
using Scriban.Runtime;

namespace Gazette.Theme;

/// <summary>
/// The theme's Scriban templates, parsed once and shared by every page of a build.
/// <c>theme/layouts/base.html</c> is the page shell; <c>theme/layouts/{kind}.html</c> fills its main content;
/// <c>theme/partials/{name}.html</c> are pieces any template pulls in with <c>{{ partial "name" }}</c>.
/// </summary>
internal sealed class ThemeTemplates : IDisposable
{
    /// <summary>The shell every page is wrapped in.</summary>
    public const string BaseLayout = "base";

    /// <summary>
    /// How many iterations a loop, with every loop inside it, may make before the build stops: enough to list each of
    /// a 50,000-article archive twenty times over, and reached by a loop that never ends in a fraction of a second.
    /// </summary>
    public const int LoopLimit = 1_000_000;

    /// <summary>How deep template functions may call one another (a function that calls itself forever stops here).</summary>
    public const int RecursiveLimit = 100;

    /// <summary>How deep partials may include one another; a partial that includes itself stops here.</summary>
    public const int PartialDepthLimit = 20;

    /// <summary>
    /// The most characters a page (and any one value a template prints) may hold. Past it the build fails rather than
    /// cut the page short; an article body is held well below it (see <see cref="Content.BodyLimits"/>).
    /// </summary>
    public const int PageCharacterLimit = 64 * 1024 * 1024;

    private readonly FrozenDictionary<string, Template> _layouts;
    private readonly FrozenDictionary<string, Template> _partials;
    private readonly FrozenSet<string> _siteOnlyPartials;

    // A partial that reads nothing but 'site' prints the same on every page that sees the same site (every page of a
    // build); it is rendered once for it. The cache lives as long as this object, which serves one build.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (object? Site, TrustedHtml Html)> _siteOnlyOutput = new(StringComparer.Ordinal);

    private ThemeTemplates(FrozenDictionary<string, Template> layouts, FrozenDictionary<string, Template> partials)
    {
        _layouts = layouts;
        _partials = partials;
        _siteOnlyPartials = partials.Where(p => TemplateGlobals.ReadsOnlySite(p.Value)).Select(p => p.Key).ToFrozenSet(StringComparer.Ordinal);
        _contexts = new ThreadLocal<EscapingTemplateContext>(CreateContext);
    }

    /// <summary>Reads and parses every template; throws <see cref="GazetteException"/> naming each file and line that does not parse.</summary>
    public static async Task<ThemeTemplates> LoadAsync(SitePaths paths, CancellationToken cancellationToken)
    {
        var errors = new List<GazetteError>();
        var layouts = await LoadFolderAsync(paths, Path.Combine(paths.Theme, "layouts"), errors, cancellationToken);
        var partials = await LoadFolderAsync(paths, Path.Combine(paths.Theme, "partials"), errors, cancellationToken);
        if (!layouts.ContainsKey(BaseLayout))
        {
            errors.Add(new GazetteError(paths.Relative(Path.Combine(paths.Theme, "layouts", BaseLayout + ".html")), null, "the theme has no page shell; every theme needs layouts/base.html"));
        }

        if (errors.Count > 0)
        {
            throw new GazetteException(errors);
        }

        return new ThemeTemplates(layouts.ToFrozenDictionary(StringComparer.Ordinal), partials.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Whether the theme has a layout of this name.</summary>
    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>
    /// Checks, before anything is rendered, that the theme has every layout the site's pages need; throws
    /// <see cref="GazetteException"/> naming each missing file.
    /// </summary>
    public void RequireLayouts(SitePaths paths, IEnumerable<string> kinds)
    {
        var errors = kinds.Where(k => !_layouts.ContainsKey(k)).Order(StringComparer.Ordinal).Select(k => new GazetteError(
            paths.Relative(Path.Combine(paths.Theme, "layouts", k + ".html")),
            null,
            $"the theme has no '{k}' layout; the site has pages of that kind, so add layouts/{k}.html (restore the default with git checkout theme/layouts/{k}.html)")).ToList();
        if (errors.Count > 0)
        {
            throw new GazetteException(errors);
        }
    }

    /// <summary>
    /// Renders the layout <paramref name="kind"/> with the model's members as globals, then wraps it in the shell,
    /// which sees the same globals plus <c>content</c>. The page comes encoded as it was written (UTF-8, LF line ends,
    /// as <see cref="Text.PageEncoding.Encode"/> makes them), never held as a string.
    /// </summary>
    public byte[] RenderPage(string kind, object model)
    {
        var context = _contexts.Value!;
        var globals = PageGlobals(model);
        context.PushGlobal(globals);
        context.Site = globals.TryGetValue("site", out var site) ? site : null;
        var content = context.RentPageOutput();
        var page = context.RentPageOutput();
        try
        {
            Render(kind, _layouts[kind], context, content);
            globals.SetValue("content", new RenderedContent(content), readOnly: true);
            Render(BaseLayout, _layouts[BaseLayout], context, page);
            return page.ToArray();
        }
        finally
        {
            context.ReturnPageOutput(page);
            context.ReturnPageOutput(content);
            context.PopGlobal();
        }
    }

    /// <summary>Renders a layout on its own, without the page shell (for redirect pages).</summary>
    public string RenderStandalone(string kind, object model)
    {
        if (!_layouts.TryGetValue(kind, out var layout))
        {
            throw new GazetteException(new GazetteError($"theme/layouts/{kind}.html", null, $"the theme has no '{kind}' layout"));
        }

        var context = _contexts.Value!;
        var globals = PageGlobals(model);
        context.PushGlobal(globals);
        context.Site = globals.TryGetValue("site", out var site) ? site : null;
        try
        {
            return Render(kind, layout, context);
        }
        finally
        {
            context.PopGlobal();
        }
    }

    /// <summary>The globals a page's templates see: the model's properties, named as Scriban's importer names them.</summary>
    internal static ScriptObject PageGlobals(object model)
    {
        var globals = new ScriptObject();
        if (model is IPageGlobals page)
        {
            // Writable, as the importer leaves a property with a public setter (init included).
            page.ForEachGlobal((name, value) => globals.SetValue(name, value, readOnly: false));
        }
        else
        {
            globals.Import(model, renamer: StandardMemberRenamer.Default);
        }

        return globals;
    }

    // One context per thread, reused for every page it renders: a Scriban context caches how to read each .NET type,
    // and building that afresh for every page cost more than rendering it. Pages push and pop their own globals.
    private readonly ThreadLocal<EscapingTemplateContext> _contexts;

    /// <summary>Releases the per-thread rendering contexts.</summary>
    public void Dispose() => _contexts.Dispose();

    private EscapingTemplateContext CreateContext()
    {
        var functions = new ScriptObject();
        functions.SetValue("partial", new PartialFunction(RenderPartial), readOnly: true);
        var context = new EscapingTemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,

            // Scriban cuts a long value or page short with "..." by default; a page is whole or the build fails.
            LimitToString = PageCharacterLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = PageCharacterLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        context.PushGlobal(functions);
        return context;
    }

    private TrustedHtml RenderPartial(TemplateContext context, string name)
    {
        if (!_partials.TryGetValue(name, out var partial))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentSpan, $"the theme has no partial '{name}' (looked for theme/partials/{name}.html)");
        }

        // Partials are called from .NET, out of sight of Scriban's recursion limit: without this a partial that includes
        // itself would overflow the stack and kill the process.
        var escaping = (EscapingTemplateContext)context;
        if (escaping.PartialDepth >= PartialDepthLimit)
        {
            throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentSpan, $"partials are included {PartialDepthLimit} deep here: partial '{name}' includes itself, directly or through other partials; remove that {{{{ partial }}}} call");
        }

        escaping.PartialDepth++;
        try
        {
            if (!_siteOnlyPartials.Contains(name))
            {
                return new TrustedHtml(Render(name, partial, context));
            }

            if (_siteOnlyOutput.TryGetValue(name, out var kept) && ReferenceEquals(kept.Site, escaping.Site))
            {
                return kept.Html;
            }

            var html = new TrustedHtml(Render(name, partial, context));
            _siteOnlyOutput[name] = (escaping.Site, html);
            return html;
        }
        finally
        {
            escaping.PartialDepth--;
        }
    }

    private static string Render(string name, Template template, TemplateContext context)
    {
        // Each template writes into its own output, so a partial's text is returned rather than appended;
        // Template.Render returns the current output's text and clears it.
        var escaping = (EscapingTemplateContext)context;
        var output = escaping.RentOutput();
        try
        {
            return Render(name, template, context, output);
        }
        finally
        {
            escaping.ReturnOutput(output);
        }
    }

    // Renders into the given output; what Template.Render returns is the output's text (nothing, for a page's bytes).
    private static string Render(string name, Template template, TemplateContext context, IScriptOutput output)
    {
        context.PushOutput(output);
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex) when (ex.InnerException is GazetteException inner)
        {
            // A partial's own error, which Scriban wrapped at the call: the partial's file and line say more.
            throw inner;
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            throw new GazetteException(new GazetteError(ex.Span.FileName ?? $"theme/{name}.html", ex.Span.Start.Line + 1, ex.OriginalMessage));
        }
        finally
        {
            context.PopOutput();
        }
    }

    private static async Task<Dictionary<string, Template>> LoadFolderAsync(SitePaths paths, string folder, List<GazetteError> errors, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return result;
        }

        var found = SiteFiles.List(folder, paths.Root, recurse: false, path => path.EndsWith(".html", StringComparison.Ordinal), errors);
        foreach (var file in found.Select(f => f.FullPath).Order(StringComparer.Ordinal))
        {
            var relative = paths.Relative(file);
            var template = Template.Parse(await File.ReadAllTextAsync(file, cancellationToken), relative);
            if (template.HasErrors)
            {
                errors.AddRange(template.Messages.Select(m => new GazetteError(relative, m.Span.Start.Line + 1, m.Message)));
                continue;
            }

            result[Path.GetFileNameWithoutExtension(file)] = template;
        }

        return result;
    }
}
