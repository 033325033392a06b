using Depot.Core.Pool;

namespace Depot.Core.Tests.Pool;

public sealed class LargestRemainderTests
{
    [Fact]
    public void Three_equal_weights_share_8_as_3_3_2_where_rounding_each_would_make_9()
    {
        // 8 / 3 = 2.67 each: rounded (or rounded up) one by one that is 3 + 3 + 3 = 9.
        var shares = LargestRemainder.Share(8, [("A", 1), ("B", 1), ("C", 1)]);

        Assert.Equal([3, 3, 2], shares);
    }

    [Fact]
    public void The_largest_remainders_get_the_units_left_over()
    {
        // 10 x 1/7 = 1.43, 10 x 2/7 = 2.86, 10 x 4/7 = 5.71: wholes 1 + 2 + 5 = 8, the two left go to .86 and .71.
        var shares = LargestRemainder.Share(10, [("A", 1), ("B", 2), ("C", 4)]);

        Assert.Equal([1, 3, 6], shares);
    }

    [Fact]
    public void On_equal_remainders_the_larger_weight_then_the_first_code_wins()
    {
        // 3 x 1/6 = 0.5 and 3 x 3/6 = 1.5: equal remainders, the larger weight gets the unit.
        Assert.Equal([0, 2, 1], LargestRemainder.Share(3, [("A", 1), ("B", 3), ("C", 2)]));
        // Equal weights: the codes in ordinal order, whatever order they come in.
        Assert.Equal([1, 0, 1], LargestRemainder.Share(2, [("B", 1), ("C", 1), ("A", 1)]));
    }

    [Fact]
    public void Without_any_weight_the_share_is_equal_and_nothing_shares_out_as_zeros()
    {
        Assert.Equal([2, 1], LargestRemainder.Share(3, [("A", 0), ("B", 0)]));
        Assert.Equal([0, 0], LargestRemainder.Share(0, [("A", 5), ("B", 1)]));
        Assert.Empty(LargestRemainder.Share(4, []));
    }
}
