using Gazette.Import.Parsing;

namespace Gazette.Tests.Import.Parsing;

/// <summary>Widgets, counters and menus in the wordings other government sites use are chrome; prose that resembles them is not.</summary>
public sealed class ChromeLinesTests
{
    [Theory]
    [InlineData("您是本站第 1234567 位访问者")]
    [InlineData("访问人数：1234567")]
    [InlineData("本站访问量：1234567")]
    [InlineData("今日访问：12 总访问：123456")]
    [InlineData("打印本页 | 关闭窗口")]
    [InlineData("[ 打印本页 ] [ 关闭窗口 ] [ 返回顶部 ]")]
    [InlineData("无障碍 | 长者模式 | 简 | 繁 | EN")]
    [InlineData("今天是：2021年5月7日 星期五")]
    [InlineData("今天是2023年8月15日 星期二 农历七月初一")]
    [InlineData("★ 某某县人民政府欢迎您 ★")]
    [InlineData("本站累计访问量：1234567")]
    [InlineData("摄影：孙某")]
    [InlineData("作者：王某　摄影：李某　编辑：赵某")]
    [InlineData("【责任编辑：赵某】")]
    [InlineData("【编辑：黄某】")]
    [InlineData("点赞(12)")]
    [InlineData("点赞 12　收藏")]
    [InlineData("扫描二维码在手机上查看")]
    [InlineData("微信扫一扫分享给朋友")]
    [InlineData("扫码关注“某某公安”微信公众号")]
    [InlineData("上一条：我校召开教学工作会议")]
    [InlineData("下一条：我校学子获佳绩")]
    [InlineData("视力保护色：　　　　【字体：大 中 小】")]
    [InlineData("分享至：")]
    public void Counters_widget_bars_and_banners_are_chrome(string line)
    {
        Assert.True(ChromeLines.IsChrome(line));
    }

    [Theory]
    [InlineData("今年以来，本站访问量大幅增长，群众满意度不断提高。")]
    [InlineData("全年累计阅读量超过一百万次。")]
    [InlineData("打印机、复印机等办公设备由采购中心统一配置。")]
    [InlineData("图片说明：活动现场，群众排队咨询社保政策。")]
    [InlineData("扫码即可办理参保登记，无需到窗口排队。")]
    [InlineData("作者在调研中发现，部分企业仍存在欠薪问题。")]
    public void Prose_that_mentions_them_is_not(string line)
    {
        Assert.False(ChromeLines.IsChrome(line));
    }

    [Fact]
    public void A_line_of_short_items_between_bars_is_a_menu_unless_a_table_row_stands_beside_it()
    {
        const string menu = "信息公开指南 | 信息公开制度 | 法定主动公开内容 | 依申请公开";

        Assert.True(ChromeLines.IsMenu(menu, "政府信息公开", "索引号：0001"));
        Assert.False(ChromeLines.IsMenu("姓名 | 单位 | 职务", null, "张三 | 某某局 | 科员"));
        Assert.False(ChromeLines.IsMenu("一等奖 | 二等奖 | 三等奖", "某某 | 某某 | 某某", null));
        Assert.False(ChromeLines.IsMenu("2023年 | 2024年 | 2025年", null, null));
    }

    [Fact]
    public void Seed_lines_mark_a_menu_by_its_neighbours_and_keep_table_rows()
    {
        var lines = SeedParser.LinesOf("政府信息公开\n信息公开指南 | 信息公开制度 | 依申请公开\n标题\n\n名单如下：\n姓名 | 单位 | 职务\n张三 | 某某局 | 科员");

        Assert.Equal(LineKind.Chrome, lines.KindOf(1));
        Assert.Equal(LineKind.Text, lines.KindOf(5));
        Assert.Equal(LineKind.Text, lines.KindOf(6));
    }
}
