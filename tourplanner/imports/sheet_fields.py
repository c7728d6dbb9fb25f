"""The columns a people or sites spreadsheet may have, and the words that name them.

Headers are matched ignoring case, width, spaces and punctuation, so only one spelling
of each word is listed ('E-mail', 'e mail' and 'EMAIL' all become 'email').
"""

from __future__ import annotations

from tourplanner.imports.header_mapping import Field, FieldSet

PEOPLE_FIELDS = FieldSet(
    "people",
    (
        Field("key", "Key", ("id", "person key", "participant key", "编号", "代码")),
        Field(
            "full_name",
            "Name",
            (
                "full name",
                "name in full",
                "participant",
                "delegate",
                "person",
                "english name",
                "name (english)",
                "姓名",
                "名字",
                "全名",
                "英文名",
                "英文姓名",
                "拼音",
                "姓名拼音",
                "参会人",
                "代表姓名",
            ),
            required=True,
        ),
        Field(
            "local_name",
            "Local name",
            ("chinese name", "name in chinese", "native name", "中文名", "中文姓名", "本地名"),
        ),
        Field("honorific", "Honorific", ("salutation", "prefix", "mr/ms", "称谓", "称呼", "尊称")),
        Field(
            "title",
            "Title",
            ("job title", "position", "post", "function", "职务", "职位", "职称", "头衔", "岗位"),
        ),
        Field(
            "organisation",
            "Organisation",
            (
                "organization",
                "org",
                "company",
                "employer",
                "institution",
                "affiliation",
                "media",
                "media outlet",
                "outlet",
                "unit",
                "单位",
                "工作单位",
                "所属单位",
                "机构",
                "组织",
                "公司",
                "媒体",
                "所属媒体",
                "媒体名称",
            ),
        ),
        Field("country", "Country", ("country/region", "nationality", "国家", "国家地区", "国籍")),
        Field("role", "Role", ("type", "category", "participant role", "角色", "身份", "类别")),
        Field(
            "email",
            "Email",
            ("email address", "mail", "e-mail address", "邮箱", "电子邮箱", "电子邮件", "邮件"),
        ),
        Field(
            "phone",
            "Phone",
            (
                "telephone",
                "tel",
                "mobile",
                "mobile phone",
                "cell",
                "cell phone",
                "phone number",
                "contact number",
                "电话",
                "手机",
                "手机号",
                "手机号码",
                "电话号码",
                "联系电话",
                "联系方式",
            ),
        ),
        Field(
            "languages", "Languages", ("language", "languages spoken", "语言", "语种", "工作语言")
        ),
        Field(
            "dietary",
            "Dietary",
            (
                "diet",
                "dietary requirements",
                "dietary needs",
                "dietary restrictions",
                "food",
                "饮食",
                "饮食要求",
                "饮食禁忌",
                "忌口",
                "餐饮要求",
            ),
        ),
        Field(
            "accessibility",
            "Accessibility",
            (
                "access needs",
                "accessibility needs",
                "mobility",
                "special needs",
                "无障碍",
                "特殊需求",
                "行动不便",
            ),
        ),
        Field(
            "notes", "Notes", ("note", "remarks", "remark", "comments", "comment", "备注", "说明")
        ),
        Field("is_vip", "VIP", ("vip", "贵宾")),
        Field(
            "precedence", "Precedence", ("rank", "order of precedence", "礼宾顺序", "排序", "序位")
        ),
        Field("groups", "Groups", ("group", "分组", "组别", "小组", "所在组")),
        Field("illustrative", "Illustrative", ("example", "placeholder", "示例")),
    ),
)

SITES_FIELDS = FieldSet(
    "sites",
    (
        Field("key", "Key", ("id", "site key", "编号", "代码")),
        Field(
            "name",
            "Name",
            ("site", "site name", "place", "venue", "名称", "地点", "场所", "场馆", "英文名称"),
            required=True,
        ),
        Field("local_name", "Local name", ("chinese name", "中文名", "中文名称")),
        Field("category", "Category", ("type", "kind", "site type", "类别", "类型")),
        Field("address", "Address", ("street address", "location", "english address", "英文地址")),
        # A Chinese sheet's 地址 is the address in the local script, for a taxi driver.
        Field(
            "local_address",
            "Local address",
            (
                "地址",
                "中文地址",
                "本地地址",
                "详细地址",
                "chinese address",
                "address (chinese)",
                "address in chinese",
            ),
        ),
        Field("meeting_point", "Meeting point", ("meeting place", "集合地点", "集合点")),
        Field(
            "local_meeting_point",
            "Local meeting point",
            ("meeting point local", "meeting point in chinese", "中文集合地点", "本地集合地点"),
        ),
        Field("latitude", "Latitude", ("lat", "纬度")),
        Field("longitude", "Longitude", ("lon", "lng", "long", "经度")),
        Field("capacity", "Capacity", ("max people", "max visitors", "容量", "容纳人数", "可容纳")),
        Field("contact_name", "Contact", ("contact name", "contact person", "联系人")),
        Field(
            "contact_phone",
            "Contact phone",
            ("phone", "telephone", "tel", "联系电话", "电话"),
        ),
        Field("contact_email", "Contact email", ("email", "e-mail", "联系邮箱", "邮箱")),
        Field("timezone", "Time zone", ("tz", "时区")),
        Field("description", "Description", ("profile", "about", "简介", "介绍", "描述")),
        Field("key_facts", "Key facts", ("facts", "要点", "关键信息")),
        Field("illustrative", "Illustrative", ("example", "placeholder", "示例")),
    ),
)
