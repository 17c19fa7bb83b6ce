using System.Collections.Immutable;
using Gazette.Collections;

namespace Gazette.Tests.Collections;

public sealed class EquatableArrayTests
{
    private sealed record Holder(string Name, EquatableArray<string> Items);

    [Fact]
    public void Arrays_with_the_same_items_in_the_same_order_are_equal_and_hash_alike()
    {
        EquatableArray<string> first = ["社保", "就业"];
        EquatableArray<string> second = ImmutableArray.Create("社保", "就业");

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Order_and_length_make_arrays_differ()
    {
        EquatableArray<string> items = ["社保", "就业"];

        Assert.NotEqual(items, (EquatableArray<string>)["就业", "社保"]);
        Assert.NotEqual(items, (EquatableArray<string>)["社保"]);
    }

    [Fact]
    public void A_default_array_is_the_empty_one()
    {
        var unset = default(EquatableArray<string>);

        Assert.True(unset.IsEmpty);
        Assert.Equal((EquatableArray<string>)[], unset);
        Assert.Empty(unset);
    }

    [Fact]
    public void A_record_holding_one_equals_a_copy_built_separately()
    {
        var read = new Holder("a", [.. new[] { "x", "y" }]);
        var readAgain = new Holder("a", [.. new List<string> { "x", "y" }]);

        Assert.Equal(read, readAgain);
        Assert.NotEqual(read, readAgain with { Items = ["x"] });
    }
}
