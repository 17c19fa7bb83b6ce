namespace Gazette.Search;

/// <summary>
/// How text is compared when searching: every UTF-16 unit maps to exactly one, so that a match found in the normalised
/// text is at the same place in the text shown. ASCII and full-width letters become lower-case half-width, full-width
/// digits and punctuation half-width, the ideographic space a space, and a traditional character its simplified form
/// (<see cref="TraditionalToSimplified"/>). The browser's script applies the same table, which the index carries.
/// </summary>
internal static class SearchText
{
    /// <summary>
    /// Traditional characters and their simplified forms, two characters a pair. Hand-compiled for the words these
    /// sites use (人力资源、社会保障、劳动、就业、养老、医疗、工伤、考试、职称、招聘、通知、政策…) from the
    /// 《通用规范汉字表》 (2013) correspondence of traditional and simplified forms, leaving out the traditional characters
    /// whose simplified form depends on the word (乾 is 干 or 乾, 著 is 着 or 著): a traditional character maps to one
    /// simplified character, though several may share one (發 and 髮 are both 发).
    /// </summary>
    public const string TraditionalToSimplified =
        "與与萬万專专業业東东絲丝兩两嚴严喪丧個个豐丰臨临為为麗丽舉举義义烏乌樂乐喬乔習习鄉乡書书買买亂乱爭争於于" +
        "虧亏雲云亞亚產产畝亩親亲億亿僅仅從从侖仑倉仓儀仪們们價价眾众優优會会傘伞偉伟傳传傷伤倫伦偽伪體体餘余傭佣" +
        "僉佥俠侠侶侣僥侥偵侦側侧僑侨儈侩儕侪債债傾倾償偿儲储兒儿黨党蘭兰關关興兴養养獸兽內内岡冈冊册寫写軍军農农" +
        "馮冯衝冲決决況况凍冻淨净準准涼凉減减湊凑凜凛幾几鳳凤憑凭凱凯擊击鑿凿芻刍劃划劉刘則则剛刚創创刪删別别剗刬" +
        "剎刹劊刽劌刿劑剂剝剥劇剧勸劝辦办務务勵励勁劲勞劳勢势勳勋匯汇區区醫医華华協协單单賣卖盧卢衛卫廠厂歷历厲厉" +
        "壓压厭厌廁厕廂厢厴厣廈厦廚厨廄厩縣县參参雙双發发變变敘叙疊叠號号嘆叹嚇吓嗎吗啟启吳吴員员聽听嗚呜響响問问" +
        "啞哑嘩哗喚唤嘯啸團团園园圍围圖图國国圓圆聖圣場场壞坏塊块堅坚壇坛壩坝墳坟墜坠壟垄壘垒墾垦執执報报堯尧塗涂" +
        "壺壶聲声處处備备複复夠够頭头誇夸夾夹奪夺奮奋獎奖婦妇媽妈嫵妩姦奸孫孙學学寧宁寶宝實实審审憲宪宮宫寬宽賓宾" +
        "寢寝對对尋寻導导屆届屍尸層层屬属歲岁島岛峽峡崗岗嶺岭幣币帥帅師师帳帐帶带幫帮幹干廣广莊庄慶庆廬庐庫库應应" +
        "廟庙廢废開开異异棄弃張张彌弥彎弯歸归當当錄录彥彦徹彻徵征徑径後后態态憶忆懷怀憂忧愾忾悵怅悶闷惱恼惡恶驚惊" +
        "慘惨慚惭懶懒戲戏戰战戶户紮扎撲扑擴扩掃扫揚扬擾扰撫抚搶抢護护擔担擬拟擁拥擇择掛挂摯挚撈捞損损換换擋挡據据" +
        "擠挤擺摆攜携攝摄數数斂敛敵敌斷断時时曠旷晝昼顯显曬晒朧胧術术機机殺杀雜杂權权條条來来楊杨傑杰極极構构樣样" +
        "標标棧栈欄栏樹树橋桥檢检樓楼槍枪歐欧歡欢殘残殼壳毀毁氣气漢汉湯汤溝沟沒没瀋沈滬沪濟济淺浅測测渾浑濃浓漁渔" +
        "滅灭滄沧滯滞滲渗漲涨潔洁濕湿潛潜澤泽濱滨災灾燈灯爐炉點点煉炼熱热愛爱爺爷牆墙犧牺狀状獨独獄狱獲获猶犹環环" +
        "現现璽玺瑪玛電电畫画暢畅疇畴療疗癥症皚皑盜盗監监盤盘蓋盖睏困碼码確确礦矿禮礼禍祸離离種种稱称穩稳積积窮穷" +
        "竄窜竊窃競竞筆笔範范築筑簡简糧粮緊紧糾纠紀纪約约紅红級级納纳紙纸紛纷組组細细終终絕绝統统經经綠绿維维網网" +
        "綜综緒绪編编練练線线締缔緣缘織织繼继績绩續续總总羅罗罰罚聯联職职聞闻肅肃腦脑膽胆膚肤脹胀腳脚臟脏艙舱艱艰" +
        "藝艺節节蘇苏蔣蒋葉叶薦荐藥药蟲虫補补裝装褲裤襲袭規规視视覺觉覽览觀观討讨訓训議议記记訊讯講讲許许論论設设" +
        "訪访證证評评識识診诊詞词試试詳详話话該该認认誤误說说請请課课誰谁調调談谈諮咨謝谢譯译讀读貝贝負负財财責责" +
        "貢贡貨货質质販贩貧贫購购貸贷貿贸費费資资賦赋賬账賠赔賞赏賢贤賴赖贊赞趙赵趕赶躍跃蹤踪車车軌轨軟软轉转輕轻" +
        "載载輔辅輛辆輸输轄辖辭辞這这連连進进遠远違违運运過过達达遷迁選选遺遗邊边遞递還还鄰邻鄭郑郵邮醜丑釋释針针" +
        "鋼钢錢钱錯错鍵键鎮镇鐵铁長长門门閉闭間间閱阅闆板闡阐陽阳陰阴陣阵陳陈險险隊队階阶際际隨随隱隐難难雞鸡靈灵" +
        "靜静頁页頂顶項项順顺須须領领頒颁頻频題题額额顏颜願愿類类顧顾風风飛飞飯饭飲饮館馆馬马駕驾驗验騙骗髮发鬥斗" +
        "魚鱼鳥鸟鹽盐麥麦黃黄齊齐齒齿齡龄龍龙龜龟鑑鉴鑒鉴卹恤僱雇稅税貼贴檔档係系繫系週周佈布夥伙裡里裏里鐘钟鍾钟" +
        "製制彙汇訂订託托鬆松麵面蔔卜壯壮歎叹籤签動动廳厅營营絡络計计結结舊旧適适將将讓让給给並并無无見见語语韓韩" +
        "縮缩紹绍綱纲錦锦鎖锁陸陆隸隶雖虽霧雾靂雳韋韦頓顿頗颇頸颈顆颗颱台颳刮饋馈飽饱駐驻駛驶騰腾驅驱鬧闹魯鲁鮮鲜" +
        "鳴鸣鴻鸿鵬鹏麼么黴霉齋斋龐庞屢屡崢峥嶸嵘巖岩幟帜恆恒惻恻愜惬慮虑懇恳戀恋摻掺攔拦攤摊敗败斃毙晉晋暫暂曆历" +
        "曉晓朮术榮荣槓杠氾泛沖冲淚泪潤润澗涧濤涛瀏浏灣湾燦灿燭烛爛烂牘牍狹狭獅狮瑣琐瓊琼瘋疯癢痒皺皱盞盏睜睁矚瞩" +
        "碩硕禪禅稟禀穀谷竅窍籃篮糰团紋纹綁绑綴缀緝缉縫缝繩绳繪绘纜缆罷罢羨羡聳耸腎肾膩腻艦舰莖茎萊莱蔥葱薑姜蘆芦" +
        "虛虚蝦虾蠶蚕衆众褻亵襪袜覓觅訴诉詐诈註注詢询誕诞誠诚誼谊謀谋謂谓謹谨譜谱豎竖豬猪貓猫賀贺賄贿贈赠贏赢趨趋" +
        "蹟迹軀躯較较輪轮辯辩邁迈郟郏醞酝鈔钞鈴铃鉛铅銀银銷销鋪铺鍋锅鏡镜閃闪閒闲閣阁閩闽闊阔闖闯雋隽韌韧頌颂頑顽" +
        "頰颊顛颠飄飘餅饼饑饥驟骤鬱郁鯉鲤鹹咸";

    // Every UTF-16 unit's normalised form, looked up rather than worked out: search normalises every character it reads.
    private static readonly char[] Normalised = BuildTable();

    // The same for the index, with every separator '\0', which no key holds.
    private static readonly char[] Indexed = [.. Normalised.Select(c => IsSeparator(c) ? '\0' : c)];

    /// <summary>The normalised form of one UTF-16 unit.</summary>
    public static char Normalise(char c) => Normalised[c];

    /// <summary>The normalised form of a text, unit for unit.</summary>
    public static string Normalise(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Normalised[source[i]];
        }
    });

    /// <summary>The normalised form of a text as the index reads it, unit for unit, with every separator as '\0'.</summary>
    public static void NormaliseForIndex(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Indexed[source[i]];
        }
    }

    /// <summary>Whether a character separates terms: whitespace, which no searched term holds.</summary>
    public static bool IsSeparator(char c) => char.IsWhiteSpace(c);

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = c switch
            {
                >= 'A' and <= 'Z' => (char)(c + 32),
                >= '\uFF21' and <= '\uFF3A' => (char)(c - 0xFEE0 + 32),
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => (char)c,
            };
        }

        for (var i = 0; i + 1 < TraditionalToSimplified.Length; i += 2)
        {
            table[TraditionalToSimplified[i]] = TraditionalToSimplified[i + 1];
        }

        return table;
    }
}
