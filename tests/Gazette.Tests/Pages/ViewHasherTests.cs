using System.Collections.Immutable;
using System.IO.Hashing;
using System.Reflection;
using Gazette.Pages;
using Gazette.Site;
using Gazette.Theme;
using Gazette.Theme.Views;

namespace Gazette.Tests.Pages;

public sealed class ViewHasherTests
{
    private static ulong Hash(object? value)
    {
        var hash = new XxHash3();
        new ViewHasher().Append(hash, value);
        return hash.GetCurrentHashAsUInt64();
    }

    private static readonly LinkView Link = new("首页", "/");

    private static ArticleView Article() => new(
        "标题", "2021-01-08 13:28", "2021-01-08T13:28:00+08:00", "来源", "摘要", new TrustedHtml("markdown:1"),
        new PublicInformation("索引号", "发布机构", "文号", "成文日期", "归档", "有效"),
        [Link], Link, Link, [new ListItemView("相关", "/a.html", "2021-01-08", "2021-01-08T13:28:00+08:00", "栏目")],
        new TrustedHtml("<script type=\"application/ld+json\">{}</script>"));

    private static ListingView Listing() => new(
        "标题", "说明", [new ListItemView("文章", "/a.html", "2021-01-08", "2021-01-08T13:28:00+08:00", "栏目")],
        new PaginationView(2, 3, "/index.html", "/index_3.html", [new PageLinkView(1, "/index.html", false, false)]),
        [new CountLinkView("2021年", "/archive/2021/", 4)]);

    /// <summary>A copy of a record with one property changed, through its init accessor as <c>with</c> would.</summary>
    private static object? Changed(object record, PropertyInfo property)
    {
        var value = property.GetValue(record);
        object? other = value switch
        {
            string text => text + "改",
            int number => number + 1,
            bool flag => !flag,
            null when property.PropertyType == typeof(string) => "新",
            System.Collections.IEnumerable items when property.PropertyType.IsGenericType
                && property.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
                && items.GetEnumerator().MoveNext() => property.PropertyType.GetField("Empty")!.GetValue(null),
            _ => null,
        };
        if (other is null || property.SetMethod is null)
        {
            return null;
        }

        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(copy, other);
        return copy;
    }

    public static TheoryData<string> Views() => ["article", "listing", "information", "pagination", "item"];

    [Theory]
    [MemberData(nameof(Views))]
    public void Every_property_a_template_can_print_changes_the_hash(string name)
    {
        object view = name switch
        {
            "article" => Article(),
            "listing" => Listing(),
            "information" => Article().PublicInformation,
            "pagination" => Listing().Pagination,
            _ => Listing().Items[0],
        };
        var original = Hash(view);
        var tried = 0;
        foreach (var property in view.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (Changed(view, property) is { } changed)
            {
                tried++;
                Assert.True(Hash(changed) != original, $"{view.GetType().Name}.{property.Name} does not reach the hash");
            }
        }

        Assert.True(tried >= 3, $"only {tried} properties of {view.GetType().Name} were tried");
    }

    [Fact]
    public void Moving_text_between_neighbouring_fields_changes_the_hash()
    {
        Assert.NotEqual(Hash(new LinkView("ab", "c")), Hash(new LinkView("a", "bc")));
        Assert.NotEqual(Hash(ImmutableArray.Create("a", "b")), Hash(ImmutableArray.Create("ab")));
    }

    [Fact]
    public void Equal_views_hash_alike_and_a_value_it_cannot_hash_is_refused()
    {
        Assert.Equal(Hash(Article()), Hash(Article()));
        Assert.Throws<NotSupportedException>(() => Hash(new { When = DateTime.UnixEpoch }));
    }
}
