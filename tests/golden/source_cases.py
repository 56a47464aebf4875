"""Model files for the `trace --file` golden data (generate_source_golden.py).

The models learners copy — the CIFAR-10 tutorial's Net, the quickstart's NeuralNetwork, the MNIST
example of pytorch/examples, torchvision's AlexNet, the old LeNet tutorial with
num_flat_features — at several input sizes and channel counts, and their classic mutations:
every flatten spelling, wrong in_features, missing or extra pooling, grayscale vs RGB, unbatched
input, a batch of one, permute-then-view, typos in attribute names, a forgotten
super().__init__(), plus the language the interpreter must get right (helpers, loops,
ModuleList, tuple results, argument errors). CASES is a list of
{"name", "input", "source"[, "class"]}.
"""

HEADER = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n\n"

# ---- the CIFAR-10 tutorial's Net ---------------------------------------------------------------

FLATTENS = {
    "torch_flatten_1": "x = torch.flatten(x, 1)  # flatten all dimensions except batch",
    "view_minus1_400": "x = x.view(-1, 16 * 5 * 5)",
    "view_size0": "x = x.view(x.size(0), -1)",
    "reshape_shape0": "x = x.reshape(x.shape[0], -1)",
    "torch_flatten_no_dim": "x = torch.flatten(x)",
    "method_flatten_1": "x = x.flatten(1)",
    "method_flatten_start_dim": "x = x.flatten(start_dim=1)",
    "flatten_module": "x = self.flatten(x)",
    "view_len": "x = x.view(len(x), -1)",
    "reshape_minus1_400": "x = torch.reshape(x, (-1, 400))",
    "view_tuple": "x = x.view((x.shape[0], 16 * 5 * 5))",
    "flatten_squeeze": "x = torch.flatten(x, 1).squeeze()",
}

CIFAR = HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d({channels}, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.flatten = nn.Flatten()
        self.fc1 = nn.Linear({in_features}, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = {second_stage}
        {flatten}
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x


net = Net()
'''

CIFAR_INPUTS = [[4, 3, 32, 32], [1, 3, 32, 32], [4, 3, 52, 52], [4, 3, 36, 36], [3, 32, 32], [4, 1, 32, 32],
                [16, 3, 32, 32], [2, 3, 28, 28]]


def cifar_cases():
    cases = []
    for flatten_name, flatten in FLATTENS.items():
        for shape in CIFAR_INPUTS:
            cases.append({"name": f"cifar/{flatten_name}/{'x'.join(map(str, shape))}", "input": shape,
                          "source": CIFAR.format(channels=3, in_features="16 * 5 * 5", flatten=flatten,
                                                 second_stage="self.pool(F.relu(self.conv2(x)))")})
    variants = {
        "grayscale_model": dict(channels=1, in_features="16 * 5 * 5", second_stage="self.pool(F.relu(self.conv2(x)))"),
        "wrong_in_features_6x6": dict(channels=3, in_features="16 * 6 * 6", second_stage="self.pool(F.relu(self.conv2(x)))"),
        "in_features_from_input": dict(channels=3, in_features="3 * 32 * 32", second_stage="self.pool(F.relu(self.conv2(x)))"),
        "missing_second_pool": dict(channels=3, in_features="16 * 5 * 5", second_stage="F.relu(self.conv2(x))"),
        "extra_pool": dict(channels=3, in_features="16 * 5 * 5", second_stage="self.pool(self.pool(F.relu(self.conv2(x))))"),
    }
    for variant, fields in variants.items():
        for flatten_name in ("torch_flatten_1", "view_minus1_400", "view_size0"):
            for shape in ([4, 3, 32, 32], [4, 1, 32, 32], [1, 3, 32, 32], [4, 3, 64, 64]):
                cases.append({"name": f"cifar/{variant}/{flatten_name}/{'x'.join(map(str, shape))}", "input": shape,
                              "source": CIFAR.format(flatten=FLATTENS[flatten_name], **fields)})
    return cases


# ---- the quickstart's NeuralNetwork -------------------------------------------------------------

QUICKSTART = '''import torch
from torch import nn


class NeuralNetwork(nn.Module):
    def __init__(self):
        super(NeuralNetwork, self).__init__()
        self.flatten = nn.Flatten({flatten_args})
        self.linear_relu_stack = nn.Sequential(
            nn.Linear({in_features}, 512),
            nn.ReLU(),
            nn.Linear(512, 512),
            nn.ReLU(),
            nn.Linear(512, 10),
        )

    def forward(self, x):
        x = self.flatten(x)
        logits = self.linear_relu_stack(x)
        return logits


model = NeuralNetwork()
'''


def quickstart_cases():
    cases = []
    for flatten_args in ("", "0", "start_dim=1", "1, -1", "2"):
        for in_features in ("28*28", "28 * 28 * 3", "784"):
            for shape in ([64, 1, 28, 28], [1, 28, 28], [64, 3, 28, 28], [64, 28, 28], [1, 1, 28, 28], [64, 1, 32, 32]):
                cases.append({"name": f"quickstart/flatten({flatten_args})/{in_features}/{'x'.join(map(str, shape))}",
                              "input": shape,
                              "source": QUICKSTART.format(flatten_args=flatten_args, in_features=in_features)})
    return cases


# ---- pytorch/examples MNIST -----------------------------------------------------------------------

MNIST = HEADER + '''class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d({channels}, 32, 3, 1)
        self.conv2 = nn.Conv2d(32, 64, 3, 1)
        self.dropout1 = nn.Dropout(0.25)
        self.dropout2 = nn.Dropout(0.5)
        self.fc1 = nn.Linear({in_features}, 128)
        self.fc2 = nn.Linear(128, 10)

    def forward(self, x):
        x = self.conv1(x)
        x = F.relu(x)
        x = self.conv2(x)
        x = F.relu(x)
        x = F.max_pool2d(x, 2)
        x = self.dropout1(x)
        {flatten}
        x = self.fc1(x)
        x = F.relu(x)
        x = self.dropout2(x)
        x = self.fc2(x)
        output = F.log_softmax(x, dim=1)
        return output
'''


def mnist_cases():
    cases = []
    flattens = {"torch_flatten_1": "x = torch.flatten(x, 1)", "view_minus1_9216": "x = x.view(-1, 9216)",
                "torch_flatten_0": "x = torch.flatten(x)", "view_size0": "x = x.view(x.size(0), -1)"}
    for name, flatten in flattens.items():
        for channels, in_features in ((1, "9216"), (3, "9216"), (1, "12544")):
            for shape in ([64, 1, 28, 28], [1, 1, 28, 28], [64, 3, 28, 28], [8, 1, 32, 32], [1, 28, 28]):
                cases.append({"name": f"mnist/{name}/c{channels}/{in_features}/{'x'.join(map(str, shape))}", "input": shape,
                              "source": MNIST.format(channels=channels, in_features=in_features, flatten=flatten)})
    return cases


# ---- torchvision's AlexNet ----------------------------------------------------------------------

ALEXNET = '''import torch
import torch.nn as nn


class AlexNet(nn.Module):
    def __init__(self, num_classes: int = 1000, dropout: float = 0.5) -> None:
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(64, 192, kernel_size=5, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(192, 384, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(384, 256, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(256, 256, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
        )
        self.avgpool = nn.AdaptiveAvgPool2d({pool})
        self.classifier = nn.Sequential(
            nn.Dropout(p=dropout),
            nn.Linear(256 * 6 * 6, 4096),
            nn.ReLU(inplace=True),
            nn.Dropout(p=dropout),
            nn.Linear(4096, 4096),
            nn.ReLU(inplace=True),
            nn.Linear(4096, num_classes),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        x = self.avgpool(x)
        {flatten}
        x = self.classifier(x)
        return x
'''


def alexnet_cases():
    cases = []
    flattens = {"torch_flatten_1": "x = torch.flatten(x, 1)", "view_minus1": "x = x.view(-1, 256 * 6 * 6)",
                "torch_flatten_0": "x = torch.flatten(x)"}
    for name, flatten in flattens.items():
        for pool in ("(6, 6)", "(7, 7)", "6"):
            for shape in ([2, 3, 224, 224], [1, 3, 224, 224], [3, 224, 224], [2, 3, 64, 64], [2, 3, 32, 32], [2, 1, 224, 224]):
                cases.append({"name": f"alexnet/{name}/pool{pool}/{'x'.join(map(str, shape))}", "input": shape,
                              "source": ALEXNET.format(pool=pool, flatten=flatten)})
    return cases


# ---- the old LeNet tutorial ---------------------------------------------------------------------

LENET = HEADER + '''class Net(nn.Module):

    def __init__(self):
        super(Net, self).__init__()
        # 1 input image channel, 6 output channels, 3x3 square convolution
        self.conv1 = nn.Conv2d({channels}, 6, 3)
        self.conv2 = nn.Conv2d(6, 16, 3)
        # an affine operation: y = Wx + b
        self.fc1 = nn.Linear(16 * 6 * 6, 120)  # 6*6 from image dimension
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        # Max pooling over a (2, 2) window
        x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
        # If the size is a square you can only specify a single number
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, self.num_flat_features(x))
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x

    def num_flat_features(self, x):
        size = x.size()[1:]  # all dimensions except the batch dimension
        num_features = 1
        for s in size:
            num_features *= s
        return num_features


net = Net()
'''


def lenet_cases():
    cases = []
    for channels in (1, 3):
        for shape in ([1, 1, 32, 32], [4, 1, 32, 32], [1, 32, 32], [4, 3, 32, 32], [4, 1, 28, 28], [2, 1, 36, 36], [4, 1, 16, 16]):
            cases.append({"name": f"lenet/c{channels}/{'x'.join(map(str, shape))}", "input": shape,
                          "source": LENET.format(channels=channels)})
    return cases


# ---- classic mutations and the language around them -----------------------------------------------

SMALL = HEADER + '''class Net(nn.Module):
    def __init__(self, in_channels=3, num_classes=10):
{init}

    def forward(self, x):
{forward}
'''

SMALL_INIT = '''        super().__init__()
        self.conv = nn.Conv2d(in_channels, 8, 3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(8 * 16 * 16, num_classes)'''

MUTATIONS = {
    "ok": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x)))
        x = torch.flatten(x, 1)
        return self.fc(x)'''),
    "attribute_typo": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv1(x)))
        x = torch.flatten(x, 1)
        return self.fc(x)'''),
    "name_error": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x)))
        x = torch.flatten(x, 1)
        return fc(x)'''),
    "forgot_super": ('''        self.conv = nn.Conv2d(in_channels, 8, 3, padding=1)
        self.pool = nn.MaxPool2d(2)''', '''        return self.conv(x)'''),
    "forgot_super_plain_attribute_first": ('''        self.hidden = 16
        self.conv = nn.Conv2d(in_channels, 8, 3, padding=1)''', '''        return self.conv(x)'''),
    "permute_then_view": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x)))
        x = x.permute(0, 2, 3, 1)
        x = x.view(x.size(0), -1)
        return self.fc(x)'''),
    "permute_then_reshape": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x)))
        x = x.permute(0, 2, 3, 1)
        x = x.reshape(x.size(0), -1)
        return self.fc(x)'''),
    "permute_contiguous_view": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x)))
        x = x.permute(0, 2, 3, 1).contiguous()
        x = x.view(x.size(0), -1)
        return self.fc(x)'''),
    "transpose_then_view": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x)))
        x = x.transpose(1, 3)
        x = x.view(x.shape[0], -1)
        return self.fc(x)'''),
    "permute_relu_view": (SMALL_INIT, '''        x = self.pool(self.conv(x))
        x = F.relu(x.permute(0, 2, 3, 1))
        x = x.view(x.size(0), -1)
        return self.fc(x)'''),
    "squeeze_batch": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x)))
        x = torch.flatten(x, 1).squeeze()
        return self.fc(x)'''),
    "squeeze_dim1": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x)))
        x = torch.flatten(x, 1).unsqueeze(1).squeeze(1)
        return self.fc(x)'''),
    "unsqueeze_0": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x)))
        x = torch.flatten(x, 1).unsqueeze(0)
        return self.fc(x)'''),
    "size_out_of_range": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x)))
        x = x.view(x.size(0), x.size(4))
        return self.fc(x)'''),
    "missing_return": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x)))
        x = self.fc(torch.flatten(x, 1))'''),
    "too_many_args": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x, x)))
        return self.fc(torch.flatten(x, 1))'''),
    "tuple_result": (SMALL_INIT, '''        features = self.pool(F.relu(self.conv(x)))
        logits = self.fc(torch.flatten(features, 1))
        return logits, features'''),
    "global_average_pool": ('''        super().__init__()
        self.conv = nn.Conv2d(in_channels, 8, 3, padding=1)
        self.fc = nn.Linear(8, num_classes)''', '''        x = F.relu(self.conv(x))
        x = x.mean([2, 3])
        return self.fc(x)'''),
    "mean_keepdim": ('''        super().__init__()
        self.conv = nn.Conv2d(in_channels, 8, 3, padding=1)
        self.fc = nn.Linear(8, num_classes)''', '''        x = F.relu(self.conv(x))
        x = x.mean(dim=(2, 3), keepdim=True)
        x = x.view(x.size(0), -1)
        return self.fc(x)'''),
    "adaptive_pool_functional": ('''        super().__init__()
        self.conv = nn.Conv2d(in_channels, 8, 3, padding=1)
        self.fc = nn.Linear(8 * 4 * 4, num_classes)''', '''        x = F.adaptive_avg_pool2d(self.conv(x), (4, 4))
        x = x.flatten(1)
        return F.softmax(self.fc(x), dim=1)'''),
    "two_branches_cat": ('''        super().__init__()
        self.a = nn.Conv2d(in_channels, 4, 3, padding=1)
        self.b = nn.Conv2d(in_channels, 4, 5, padding=2)
        self.fc = nn.Linear(8 * 32 * 32, num_classes)''', '''        x = torch.cat([self.a(x), self.b(x)], dim=1)
        x = torch.flatten(x, 1)
        return self.fc(x)'''),
    "cat_mismatch": ('''        super().__init__()
        self.a = nn.Conv2d(in_channels, 4, 3, padding=1)
        self.b = nn.Conv2d(in_channels, 4, 5)
        self.fc = nn.Linear(8 * 32 * 32, num_classes)''', '''        x = torch.cat((self.a(x), self.b(x)), 1)
        return self.fc(torch.flatten(x, 1))'''),
    "module_list_loop": ('''        super().__init__()
        sizes = [in_channels * 32 * 32, 64, 32, num_classes]
        self.layers = nn.ModuleList([nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])])''', '''        x = x.view(x.size(0), -1)
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < len(self.layers) - 1:
                x = F.relu(x)
        return x'''),
    "sequential_star_list": ('''        super().__init__()
        layers = []
        channels = in_channels
        for out in (8, 16):
            layers.append(nn.Conv2d(channels, out, 3, padding=1))
            layers.append(nn.ReLU())
            layers.append(nn.MaxPool2d(2))
            channels = out
        self.features = nn.Sequential(*layers)
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(16 * 8 * 8, num_classes))''', '''        return self.head(self.features(x))'''),
    "sequential_flatten_0": ('''        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(in_channels, 8, 3, padding=1), nn.MaxPool2d(2), nn.Flatten(0))
        self.fc = nn.Linear(8 * 16 * 16, num_classes)''', '''        x = self.features(x)
        return self.fc(x)'''),
    "helper_returns_none": (SMALL_INIT, '''        x = self.block(x)
        return self.fc(torch.flatten(x, 1))

    def block(self, x):
        x = self.pool(F.relu(self.conv(x)))'''),
    "helper_error_line": (SMALL_INIT, '''        x = self.block(x)
        return self.fc(x)

    def block(self, x):
        x = self.pool(F.relu(self.conv(x)))
        return x.view(-1, 8 * 15 * 15)'''),
    "shape_unpack": (SMALL_INIT, '''        b, c, h, w = x.shape
        x = self.pool(F.relu(self.conv(x)))
        x = x.reshape(b, -1)
        return self.fc(x)'''),
    "shape_unpack_wrong": (SMALL_INIT, '''        b, c, h = x.shape
        return self.fc(x.reshape(b, -1))'''),
    "unflatten": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x)))
        x = x.flatten(1).unflatten(1, (8, 256))
        x = x.flatten(1)
        return self.fc(x)'''),
    "transpose_linear_t": ('''        super().__init__()
        self.fc = nn.Linear(32, num_classes)''', '''        x = x.flatten(2)
        x = x.transpose(1, 2)
        x = x[:, -1, :]
        return self.fc(x.t())'''),
    "index_last": ('''        super().__init__()
        self.fc = nn.Linear(32, num_classes)''', '''        x = x[:, 0]
        x = x[:, :, -1]
        return self.fc(x)'''),
    "view_as_float": (SMALL_INIT, '''        x = self.pool(F.relu(self.conv(x)))
        x = x.view(x.size(0), 8 * 16 * 16 / 1)
        return self.fc(x)'''),
    "conv_kwargs_wrong": ('''        super().__init__()
        self.conv = nn.Conv2d(in_channels, 8, kernel=3)''', '''        return self.conv(x)'''),
    "linear_missing_arg": ('''        super().__init__()
        self.fc = nn.Linear(10)''', '''        return self.fc(x)'''),
}


def mutation_cases():
    cases = []
    shapes = ([4, 3, 32, 32], [1, 3, 32, 32], [3, 32, 32], [4, 1, 32, 32])
    for name, (init, forward) in MUTATIONS.items():
        for shape in shapes:
            cases.append({"name": f"mutation/{name}/{'x'.join(map(str, shape))}", "input": shape,
                          "source": SMALL.format(init=init, forward=forward)})
    return cases


LANGUAGE = {
    "forward_wrong_signature": HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 2)

    def forward(self, x, mask):
        return self.fc(x)
''',
    "init_needs_argument": HEADER + '''class Net(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.fc = nn.Linear(4, hidden)

    def forward(self, x):
        return self.fc(x)
''',
    "model_with_kwargs": HEADER + '''class Net(nn.Module):
    def __init__(self, hidden, out=3):
        super().__init__()
        self.fc = nn.Linear(4, hidden)
        self.out = nn.Linear(hidden, out)

    def forward(self, x):
        return self.out(torch.relu(self.fc(x)))


model = Net(hidden=8, out=5)
''',
    "two_classes_last_wins": HEADER + '''class Block(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.conv = nn.Conv2d(c, c, 3, padding=1)

    def forward(self, x):
        return torch.relu(self.conv(x)) + x


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 8, 3, padding=1)
        self.blocks = nn.ModuleList([Block(8), Block(8)])
        self.head = nn.Linear(8, 10)

    def forward(self, x):
        x = self.stem(x)
        for block in self.blocks:
            x = block(x)
        x = F.adaptive_avg_pool2d(x, 1).view(x.size(0), -1)
        return self.head(x)
''',
    "missing_forward": HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 2)
''',
    "assign_int_over_module": HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 2)
        self.fc = 3

    def forward(self, x):
        return x
''',
    "arithmetic_in_forward": HEADER + '''class Net(nn.Module):
    def __init__(self, image=32, channels=3):
        super().__init__()
        self.size = image // 4
        self.conv = nn.Conv2d(channels, 4, 3, stride=2, padding=1)
        self.pool = nn.AvgPool2d(2)
        self.fc = nn.Linear(4 * self.size ** 2, 10)

    def forward(self, x):
        x = self.pool(self.conv(x)) * 0.5 + 1
        n = x.numel() // x.shape[0]
        x = x.reshape(-1, n)
        return F.log_softmax(self.fc(x), -1)
''',
    "softmax_implicit_dim": HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.fc = nn.Linear(3 * 32 * 32, 10)

    def forward(self, x):
        return F.softmax(self.fc(self.flatten(x)))
''',
    "return_indices": HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = nn.MaxPool2d(2, return_indices=True)

    def forward(self, x):
        x, idx = self.pool(x)
        return x.flatten(1), idx
''',
    "dim_and_ndim": HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3 * 32 * 32, 10)

    def forward(self, x):
        if x.dim() == 3:
            x = x.unsqueeze(0)
        if x.ndim != 4:
            raise_shape = x.shape[10]
        return self.fc(x.flatten(1))
''',
    "python_errors_tuple_attribute": HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = nn.MaxPool2d(2, return_indices=True)

    def forward(self, x):
        x = self.pool(x)
        return x.view(x.size(0), -1)
''',
    "python_errors_none_subscript": HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.sizes = None

    def forward(self, x):
        return x.view(-1, self.sizes[0])
''',
    "python_errors_int_not_callable": HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = 3 * 32 * 32

    def forward(self, x):
        n = x.size(0)
        return x.view(n(), self.features)
''',
    "python_errors_range_float": HEADER + '''class Net(nn.Module):
    def __init__(self, depth=2.0):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(depth)])

    def forward(self, x):
        return x
''',
    "python_errors_unpack_int": HEADER + '''class Net(nn.Module):
    def forward(self, x):
        b, c = x.size(0)
        return x.view(b, c)
''',
    "python_errors_index_list": HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([nn.Flatten(), nn.Flatten(0)])

    def forward(self, x):
        for i in range(3):
            x = self.blocks[i](x)
        return x
''',
    "python_errors_sequential_index": HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Flatten(), nn.ReLU())

    def forward(self, x):
        x = self.body[0](x)
        x = self.body[-1](x)
        return self.body[2](x)
''',
    "python_errors_zero_division": HEADER + '''class Net(nn.Module):
    def forward(self, x):
        return x.view(x.size(0), x.numel() // (x.dim() - x.dim()))
''',
    "python_errors_compare_none": HEADER + '''class Net(nn.Module):
    def __init__(self, limit=None):
        super().__init__()
        self.limit = limit

    def forward(self, x):
        if x.dim() > self.limit:
            x = x.flatten(1)
        return x
''',
    "flatten_module_keeps_strides": HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.flat = nn.Flatten(1)

    def forward(self, x):
        x = x[:, 0]
        x = self.flat(x)
        return x.view(-1)
''',
    "slice_arithmetic_view": HEADER + '''class Net(nn.Module):
    def forward(self, x):
        x = torch.sigmoid(x)
        x = x[:, 0]
        x = x * 2 + 1
        y = -x
        x = F.relu(x[:, :1])
        return x.view(-1), y.view(-1)
''',
}


# ---- a learner's own modules inside nn.Sequential / nn.ModuleList, and what layers store ------

BLOCK = """class Block(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 5)
        self.pool = nn.MaxPool2d(2, 2)

    def forward(self, x):
        return self.pool(F.relu(self.conv(x)))


"""

OWN_MODULES = {
    "sequential_of_blocks": HEADER + BLOCK + """class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(Block(3, 6), Block(6, 16), nn.Flatten())
        self.classifier = nn.Linear(16 * 5 * 5, 10)

    def forward(self, x):
        x = self.features(x)
        return self.classifier(x)
""",
    "sequential_nested_repr": HEADER + BLOCK + """class Scale(nn.Module):
    def forward(self, x):
        return x * 2


class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Flatten(), nn.Linear(16 * 5 * 5, 32))
        self.out = nn.ModuleList([nn.ReLU(), nn.Linear(32, 10)])

    def forward(self, x):
        x = self.body(x)
        for layer in self.out:
            x = layer(x)
        return x


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(Block(3, 6), Scale(), nn.Sequential(Block(6, 16)), Head())

    def forward(self, x):
        return self.net(x)
""",
    "module_level_sequential": HEADER + BLOCK + """model = nn.Sequential(Block(3, 6), Block(6, 16), nn.Flatten(), nn.Linear(400, 10))
""",
    "sequential_flatten_batch_inside": HEADER + BLOCK + """class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(Block(3, 6), nn.Flatten(0), Block(6, 16))

    def forward(self, x):
        return self.features(x)
""",
    "sequential_view_inside_block": HEADER + BLOCK + """class Flat(nn.Module):
    def forward(self, x):
        return x.view(-1, 16 * 5 * 5)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(Block(3, 6), Block(6, 16), Flat(), nn.Flatten(0), nn.Linear(400, 10))

    def forward(self, x):
        return self.features(x)
""",
    "sequential_index_len_iterate": HEADER + BLOCK + """class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.Sequential(*[Block(3, 6), Block(6, 16)])
        self.fc = nn.Linear(400, 10)

    def forward(self, x):
        x = self.blocks[0](x)
        x = self.blocks[len(self.blocks) - 1](x)
        for block in self.blocks:
            n = block.conv.out_channels
        return self.fc(x.view(x.size(0), n * 5 * 5))
""",
    "sequential_int_item": HEADER + BLOCK + """class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(Block(3, 6), 16)

    def forward(self, x):
        return self.features(x)
""",
    "sequential_holding_modulelist": HEADER + BLOCK + """class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(Block(3, 6), nn.ModuleList([nn.ReLU()]))

    def forward(self, x):
        return self.features(x)
""",
    "sequential_index_out_of_range": HEADER + BLOCK + """class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(Block(3, 6), Block(6, 16))

    def forward(self, x):
        return self.features[2](x)
""",
    "layer_attributes": HEADER + """class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, kernel_size=(5, 3), stride=(1, 1), padding=(0, 1))
        self.pool = nn.MaxPool2d(2)
        self.avg = nn.AvgPool2d(1)
        self.adapt = nn.AdaptiveAvgPool2d((5, 5))
        self.flatten = nn.Flatten()
        self.drop = nn.Dropout(0.25)
        self.bn = nn.BatchNorm2d(16)
        self.fc1 = nn.Linear(16 * 5 * 5, 120, bias=False)
        self.fc2 = nn.Linear(120, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = self.bn(self.adapt(self.avg(x)))
        k, j = self.conv2.kernel_size
        x = x.view(-1, self.conv2.out_channels, k, k)
        if self.conv1.padding_mode == 'zeros' and self.fc1.bias is None and self.pool.stride == 2:
            x = torch.flatten(x, self.flatten.start_dim, self.flatten.end_dim)
        if self.drop.p < 0.5 and self.bn.num_features == self.conv2.out_channels and not self.conv1.transposed:
            x = x.view(-1, self.fc1.in_features)
        x = x.reshape(-1, self.fc1.in_features * self.conv1.stride[0] * self.conv2.padding[1])
        y = x.view(self.conv1.dilation[0], self.conv1.groups, -1)
        return self.fc2(self.fc1(x)).view(-1, self.fc2.out_features, *self.adapt.output_size[1:]), y
""",
    "layer_attribute_same_padding": HEADER + """class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding='same')
        self.un = nn.Unflatten(1, (8, 4))
        self.ln = nn.LayerNorm(4)

    def forward(self, x):
        x = self.conv(x)
        if self.conv.padding == 'same':
            x = x.flatten(2)
        x = self.ln(x.view(-1, *self.ln.normalized_shape))
        return x.view(-1, self.un.unflattened_size[1] * self.un.dim)
""",
    "layer_attribute_typo": HEADER + """class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3 * 32 * 32, 10)

    def forward(self, x):
        return x.view(-1, self.fc1.in_feature)
""",
    "conv_attribute_typo": HEADER + """class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)

    def forward(self, x):
        x = self.conv1(x)
        return x.view(x.size(0), self.conv1.out_channel, -1)
""",
    "own_module_attribute_typo": HEADER + """class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3 * 32 * 32, 84)
        self.fc2 = nn.Linear(84, 10)

    def forward(self, x):
        x = self.fc1(torch.flatten(x, 1))
        return self.fc3(x)
""",
    "nested_module_attribute_typo": HEADER + BLOCK + """class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.block = Block(3, 6)

    def forward(self, x):
        x = self.block(x)
        return x.view(-1, self.block.con.out_channels)
""",
}

TENSOR_TYPOS = {
    "veiw": "x = x.veiw(x.size(0), -1)",
    "shap": "n = x.shap[0]",
    "flaten": "x = x.flaten(1)",
    "sizes": "n = x.sizes()",
    "reshpe": "x = torch.flatten(x, 1).reshpe(-1)",
    "Size": "n = x.Size(0)",
}

TENSOR_TYPO = HEADER + """class Net(nn.Module):
    def forward(self, x):
        x = F.relu(x)
        {line}
        return x
"""

# Builtins given arguments of the wrong type or number: Python's own TypeError/ValueError texts.
BUILTIN_ERRORS = [
    "len(5)", "len()", "len(x, x)", "len(x.size(0))", "len(None)", "len(3.5)",
    "range(2.0)", "range('3')", "range()", "range(1, 2, 3, 4)", "range(1, 2, 0)", "range(None)",
    "range(x.size())",
    "int(None)", "int([1])", "int(1, 2)", "int(x.size())", "float(None)", "float([1])", "float((1, 2))",
    "min()", "max()", "min(5)", "max(1, 'a')", "max([])", "min([], default=3)", "max(x.size(), 3)",
    "abs('a')", "abs(None)", "abs((1,))",
    "enumerate(5)", "zip(5)", "zip([1], 5)", "enumerate([1], 'a')",
    "print(x.shape, sep=1)", "print(x.shape, end=2)", "print(x.shape, flush=1, file=None)",
    "isinstance(x, 5)", "isinstance(x)", "isinstance(x, int, 1)", "isinstance(x, (int, len))",
    "isinstance(x, x)", "len(x) if isinstance(x.shape, tuple) and not isinstance(x, (nn.Linear, list)) else x",
    "sum(5)", "sum([1, 'a'])", "sum(x.shape[1:], 1)", "list(5)", "tuple(5)", "len(range(3, 'a'))",
    "len(obj=x)", "range(stop=3)", "print(x, foo=1)", "abs(x=1)", "isinstance(x, int, k=1)",
    "max(x.shape, default=0, key=None) if False else min(x.size(), default=1)", "min(1, 2, default=0)",
]

BUILTIN_ERROR = HEADER + """class Net(nn.Module):
    def forward(self, x):
        n = {call}
        return x.flatten(1)
"""


def own_module_cases():
    cases = []
    for name, source in OWN_MODULES.items():
        for shape in ([4, 3, 32, 32], [3, 32, 32], [1, 3, 32, 32], [4, 1, 32, 32], [2, 3, 36, 36]):
            cases.append({"name": f"own_modules/{name}/{'x'.join(map(str, shape))}", "input": shape, "source": source})
    for name, line in TENSOR_TYPOS.items():
        for shape in ([4, 3, 8, 8], [2, 5]):
            cases.append({"name": f"tensor_typo/{name}/{'x'.join(map(str, shape))}", "input": shape,
                          "source": TENSOR_TYPO.format(line=line)})
    for number, call in enumerate(BUILTIN_ERRORS):
        cases.append({"name": f"builtin_errors/{number:02d}", "input": [2, 3, 4],
                      "source": BUILTIN_ERROR.format(call=call)})
    return cases


def language_cases():
    cases = []
    for name, source in LANGUAGE.items():
        for shape in ([4, 3, 32, 32], [3, 32, 32], [2, 4]):
            cases.append({"name": f"language/{name}/{'x'.join(map(str, shape))}", "input": shape, "source": source})
    cases.append({"name": "language/class_option/Block_needs_argument", "input": [2, 8, 5, 5], "class": "Block",
                  "source": LANGUAGE["two_classes_last_wins"]})
    two = LANGUAGE["model_with_kwargs"].replace("model = Net(hidden=8, out=5)\n", "") + """

class Wide(nn.Module):
    def __init__(self):
        super().__init__()
        self.flat = nn.Flatten(0)

    def forward(self, x):
        return self.flat(x)
"""
    for class_name in ("Wide", "Net"):
        for shape in ([2, 4], [1, 4]):
            cases.append({"name": f"language/class_option/{class_name}/{'x'.join(map(str, shape))}",
                          "input": shape, "class": class_name, "source": two})
    return cases


CASES = cifar_cases() + quickstart_cases() + mnist_cases() + alexnet_cases() + lenet_cases() + mutation_cases() \
    + language_cases() + own_module_cases()


# === Hostile input (issue 13): MaxPool1d after a layer with parameters ========================
# forward runs under no_grad, so the pool's input does not require grad and ATen keeps
# max_pool1d's own kernel and messages (the nn.Sequential trace runs with autograd on, where the
# same pool goes through max_pool1d_with_indices).
GRAD_POOL = HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(10, 10)
        self.pool = nn.MaxPool1d({pool})

    def forward(self, x):
        x = self.fc(x)
        return self.pool(x)
'''
for _pool in ("11", "12", "(2, 2)", "0", "1, padding=1", "2"):
    CASES.append({"name": f"hostile/linear_then_maxpool1d/{_pool}", "input": [2, 3, 10],
                  "source": GRAD_POOL.format(pool=_pool)})


# ==== Recurrent layers and Embedding in a learner's class =======================================
# An LSTM returns (output, (h_n, c_n)) and RNN/GRU (output, h_n): learners unpack them, take the
# last step with out[:, -1, :], or pass the tuple on by mistake. Embedding wants int64 ids, so on
# the float32 torch.zeros(input) it raises PyTorch's dtype error.

RECURRENT = HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.{rnn}(28, 64, {options})
        self.fc = nn.Linear({features}, 10)

    def forward(self, x):
        {body}
'''

RECURRENT_BODIES = {
    "last_step": "out, _ = self.rnn(x)\n        return self.fc(out[:, -1, :])",
    "flatten_all": "out, _ = self.rnn(x)\n        out = out.flatten(1)\n        return self.fc(out)",
    "reshape_all": "out, _ = self.rnn(x)\n        out = out.reshape(out.size(0), -1)\n        return self.fc(out)",
    "tuple_to_linear": "out = self.rnn(x)\n        return self.fc(out)",
    "tuple_flatten": "out = self.rnn(x)\n        return torch.flatten(out, 1)",
    "tuple_view": "out = self.rnn(x)\n        return out.view(out.size(0), -1)",
    "return_tuple": "return self.rnn(x)",
    "hidden_state": "out, h = self.rnn(x)\n        return self.fc(h[-1])",
    "index_tuple": "out = self.rnn(x)[0]\n        return self.fc(out[:, -1])",
    # batch_first: the output is a transposed view, so view() fails where reshape() works.
    "view_all": "out, _ = self.rnn(x)\n        out = out.view(out.size(0), -1)\n        return self.fc(out)",
    "contiguous_view": "out, _ = self.rnn(x)\n        out = out.contiguous().view(out.size(0), -1)\n        return self.fc(out)",
}

LSTM_BODIES = {
    "unpack_nested": "out, (h, c) = self.rnn(x)\n        return self.fc(h[-1])",
    "unpack_cell": "out, (h, c) = self.rnn(x)\n        return self.fc(c[-1])",
    "unpack_flat_wrong": "out, h, c = self.rnn(x)\n        return self.fc(out)",
    "hidden_tuple": "out, hidden = self.rnn(x)\n        return self.fc(hidden)",
    "hidden_index": "out, hidden = self.rnn(x)\n        return self.fc(hidden[0][-1])",
}


def recurrent_cases():
    cases = []
    for rnn in ("RNN", "LSTM", "GRU"):
        bodies = dict(RECURRENT_BODIES)
        if rnn == "LSTM":
            bodies.update(LSTM_BODIES)
        for options, first in (("batch_first=True", True), ("batch_first=False", False),
                               ("num_layers=2, batch_first=True, bidirectional=True", True)):
            wide = 128 if "bidirectional" in options else 64
            for name, body in bodies.items():
                features = wide * 28 if name in ("flatten_all", "reshape_all", "view_all", "contiguous_view") else wide
                if name in ("hidden_state", "unpack_nested", "unpack_cell", "hidden_index"):
                    features = 64
                source = RECURRENT.format(rnn=rnn, options=options, features=features, body=body)
                for shape in ([4, 28, 28], [28, 28], [4, 28, 10]):
                    cases.append({"name": f"recurrent/{rnn}/{options}/{name}/{'x'.join(map(str, shape))}",
                                  "input": shape, "source": source})
    embedding = HEADER + '''class TextNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(1000, 32{padding})
        self.lstm = nn.LSTM(32, 16, batch_first=True)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        x = self.embed(x)
        out, (h, c) = self.lstm(x)
        return self.fc(out[:, -1, :])
'''
    for padding in ("", ", padding_idx=0", ", max_norm=1.0"):
        for shape in ([4, 12], [12]):
            cases.append({"name": f"recurrent/embedding{padding}/{'x'.join(map(str, shape))}", "input": shape,
                          "source": embedding.format(padding=padding)})
    sequential = HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(28, 28), nn.{rnn}(28, 16, batch_first=True){tail})

    def forward(self, x):
        {body}
'''
    for rnn in ("RNN", "LSTM", "GRU"):
        for tail, body in ((", nn.Flatten()", "return self.body(x)"), ("", "return self.body(x)"),
                           ("", "out, _ = self.body(x)\n        return out[:, -1, :]"),
                           (", nn.Identity()", "out, _ = self.body(x)\n        return out.flatten(1)")):
            cases.append({"name": f"recurrent/sequential/{rnn}{tail}/{body.splitlines()[0]}", "input": [4, 28, 28],
                          "source": sequential.format(rnn=rnn, tail=tail, body=body)})
    return cases


CASES += recurrent_cases()


def warning_cases():
    """PyTorch's own warnings in a learner's class: an implicit softmax dim (module or function,
    in a loop), Dropout2d on a flat input, an LSTM with dropout and one layer, a zero-width layer."""
    cases = []
    template = HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(12, 4)
        {layer}

    def forward(self, x):
        x = torch.flatten(x, 1)
        x = self.fc(x)
        {body}
'''
    variants = [
        ("self.out = nn.Softmax()", "return self.out(x)"),
        ("self.out = nn.LogSoftmax()", "return self.out(x)"),
        ("self.out = nn.Softmax(dim=1)", "return self.out(x)"),
        ("self.out = nn.Identity()", "return F.softmax(x)"),
        ("self.out = nn.Identity()", "return F.log_softmax(x)"),
        ("self.out = nn.Identity()", "return F.softmax(x, dim=1)"),
        ("self.out = nn.Identity()", "for _ in range(3):\n            x = F.softmax(x)\n        return x"),
        ("self.out = nn.Dropout2d(0.25)", "return self.out(x)"),
        ("self.out = nn.Dropout3d()", "return self.out(x)"),
        ("self.out = nn.Dropout1d()", "return self.out(x)"),
        ("self.out = nn.Linear(4, 0)", "return self.out(x)"),
        ("self.out = nn.Hardtanh(min_value=-2.0)", "return self.out(x)"),
        ("self.out = nn.Softmax()", "return self.out(x.view(-1))"),
        ("self.out = nn.Softmax()", "return nn.Linear(5, 2)(self.out(x))"),
    ]
    for layer, body in variants:
        for shape in ([4, 3, 4], [1, 12]):
            cases.append({"name": f"warnings/{layer}/{body.splitlines()[0]}/{'x'.join(map(str, shape))}", "input": shape,
                          "source": template.format(layer=layer, body=body)})
    lstm = HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 16, {args})
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])
'''
    for args in ("dropout=0.3, batch_first=True", "num_layers=2, dropout=0.3, batch_first=True", "0, dropout=0.3",
                 "dropout=0.5, proj_size=20"):
        cases.append({"name": f"warnings/lstm/{args}", "input": [4, 5, 8], "source": lstm.format(args=args)})
    return cases


CASES += warning_cases()


# ==== What the newer layers store: a learner's code reads their attributes =====================
# Each forward turns attributes into tensor sizes (a tuple unpacks with *, a bool or a type check
# becomes 0 or 1, a float is scaled), so a wrong value or a wrong type (2 where PyTorch stores
# (2, 2), 2 where it stores 2.0) changes a step's shape; a non-int where a size goes raises.

LAYER_ATTRIBUTES = {
    "conv_transpose": ('''        self.up = nn.ConvTranspose2d(3, 4, 2, stride=2, output_padding=1, dilation=2)
        self.up1 = nn.ConvTranspose1d(3, 5, 3, padding=1, groups=1, bias=False)
        self.up3 = nn.ConvTranspose3d(2, 4, (1, 2, 3))
        self.c1 = nn.Conv1d(3, 8, 5, padding='same')
        self.c3 = nn.Conv3d(2, 6, 3, stride=(1, 2, 1))
''', '''        u = self.up
        a = torch.zeros(u.in_channels, u.out_channels, *u.kernel_size, *u.stride, *u.output_padding, *u.dilation)
        b = torch.zeros(*u.padding, u.groups, int(u.transposed), len(u.padding_mode), int(u.bias is None))
        c = torch.zeros(*self.up1.kernel_size, *self.up1.padding, *self.up1.output_padding, int(self.up1.bias is None) + 1)
        d = torch.zeros(*self.up3.kernel_size, *self.up3.output_padding, int(self.up3.transposed) + 1)
        e = torch.zeros(*self.c1.kernel_size, len(self.c1.padding), *self.c1.output_padding, int(self.c1.transposed) + 1)
        f = torch.zeros(*self.c3.stride, *self.c3.output_padding, self.c3.out_channels)
        return self.up(x), a, b, c, d, e, f
''', [[2, 3, 5, 5], [3, 5, 5]]),
    "pools": ('''        self.m1 = nn.MaxPool1d(3, padding=1)
        self.m3 = nn.MaxPool3d((1, 2, 2), return_indices=True)
        self.a1 = nn.AvgPool1d(2)
        self.a3 = nn.AvgPool3d(2, divisor_override=3)
        self.g1 = nn.AdaptiveAvgPool1d(5)
        self.x1 = nn.AdaptiveMaxPool1d(4, return_indices=True)
        self.x2 = nn.AdaptiveMaxPool2d((3, None))
        self.g3 = nn.AdaptiveAvgPool3d((1, 2, 3))
''', '''        a = torch.zeros(self.m1.kernel_size, self.m1.stride, self.m1.padding, self.m1.dilation, int(self.m1.ceil_mode) + 1)
        b = torch.zeros(*self.m3.kernel_size, *self.m3.stride, int(self.m3.return_indices))
        c = torch.zeros(*self.a1.kernel_size, *self.a1.stride, *self.a1.padding, int(self.a1.count_include_pad))
        d = torch.zeros(self.a3.kernel_size, self.a3.stride, self.a3.divisor_override, int(self.a3.ceil_mode) + 1)
        e = torch.zeros(self.g1.output_size, self.x1.output_size, int(self.x1.return_indices), self.x2.output_size[0])
        f = torch.zeros(*self.g3.output_size, int(self.x2.output_size[1] is None))
        return self.g1(x), a, b, c, d, e, f
''', [[2, 3, 10], [3, 10]]),
    "norms": ('''        self.ln = nn.LayerNorm([3, 8])
        self.ln2 = nn.LayerNorm(8, eps=1e-3, elementwise_affine=False)
        self.gn = nn.GroupNorm(1, 3)
        self.gn2 = nn.GroupNorm(2, 4, eps=0.5, affine=False)
        self.bn = nn.BatchNorm3d(3, momentum=0.25)
        self.in1 = nn.InstanceNorm1d(3, affine=True)
        self.in2 = nn.InstanceNorm2d(4, track_running_stats=True)
        self.in3 = nn.InstanceNorm3d(5)
''', '''        a = torch.zeros(*self.ln.normalized_shape, int(self.ln.eps * 1e6), int(self.ln.elementwise_affine) + 1)
        b = torch.zeros(*self.ln2.normalized_shape, int(self.ln2.eps * 1e4), int(self.ln2.weight is None), int(self.ln2.bias is None))
        c = torch.zeros(self.gn.num_groups, self.gn.num_channels, int(self.gn.eps * 1e6), int(self.gn.affine))
        d = torch.zeros(self.gn2.num_groups, self.gn2.num_channels, int(self.gn2.eps * 4), int(self.gn2.weight is None) + 1)
        e = torch.zeros(self.bn.num_features, int(self.bn.momentum * 4), int(self.bn.track_running_stats), int(self.bn.affine))
        f = torch.zeros(self.in1.num_features, int(self.in1.affine) + 1, int(self.in1.track_running_stats), int(self.in1.running_mean is None))
        g = torch.zeros(self.in2.num_features, int(self.in2.affine), int(self.in2.track_running_stats), int(self.in2.weight is None))
        h = torch.zeros(self.in3.num_features, int(self.in3.momentum * 10), int(self.in3.running_var is None) + 1)
        return self.gn(x), a, b, c, d, e, f, g, h
''', [[2, 3, 8], [4, 3, 8]]),
    "activations": ('''        self.d1 = nn.Dropout1d(0.25)
        self.d2 = nn.Dropout2d()
        self.d3 = nn.Dropout3d(p=0.75, inplace=True)
        self.elu = nn.ELU(alpha=0.5)
        self.celu = nn.CELU(2)
        self.prelu = nn.PReLU(3)
        self.softplus = nn.Softplus(beta=2)
        self.hardtanh = nn.Hardtanh(-2, 3)
        self.threshold = nn.Threshold(0.1, 20)
        self.relu6 = nn.ReLU6(inplace=True)
        self.shrink = nn.Softshrink(1.5)
        self.hshrink = nn.Hardshrink()
        self.selu = nn.SELU()
        self.silu = nn.SiLU(True)
        self.mish = nn.Mish()
        self.hswish = nn.Hardswish()
        self.hsig = nn.Hardsigmoid(inplace=True)
''', '''        a = torch.zeros(int(self.d1.p * 4), int(self.d2.p * 4), int(self.d3.p * 4), int(self.d3.inplace) + 1)
        b = torch.zeros(int(self.elu.alpha * 4), int(isinstance(self.elu.alpha, float)) + 1, self.celu.alpha, int(self.elu.inplace) + 1)
        c = torch.zeros(self.prelu.num_parameters, self.softplus.beta, self.softplus.threshold, *self.prelu.weight.shape)
        d = torch.zeros(self.hardtanh.min_val + 3, self.hardtanh.max_val, int(self.threshold.threshold * 10), self.threshold.value)
        e = torch.zeros(int(self.relu6.min_val) + 1, int(self.relu6.max_val), int(self.relu6.inplace) + 1, int(isinstance(self.relu6.max_val, float)))
        f = torch.zeros(int(self.shrink.lambd * 2), int(self.hshrink.lambd * 2), int(self.selu.inplace) + 1, int(self.silu.inplace) + 1)
        g = torch.zeros(int(self.mish.inplace) + 1, int(self.hswish.inplace) + 1, int(self.hsig.inplace) + 1)
        return self.prelu(x), a, b, c, d, e, f, g
''', [[2, 3, 4], [3, 3, 4]]),
    "pads": ('''        self.z = nn.ZeroPad2d((1, 2, 3, 4))
        self.c1 = nn.ConstantPad1d(2, 3.5)
        self.c2 = nn.ConstantPad2d((1, 0, 2, 0), 4)
        self.c3 = nn.ConstantPad3d(1, 0.0)
        self.r1 = nn.ReflectionPad1d((2, 1))
        self.r2 = nn.ReflectionPad2d(1)
        self.r3 = nn.ReflectionPad3d(2)
        self.p1 = nn.ReplicationPad1d(3)
        self.p2 = nn.ReplicationPad2d((1, 1, 2, 2))
        self.p3 = nn.ReplicationPad3d(1)
''', '''        a = torch.zeros(*self.z.padding, int(self.z.value) + 1, int(isinstance(self.z.value, float)) + 1)
        b = torch.zeros(*self.c1.padding, int(self.c1.value * 2), *self.c2.padding, self.c2.value)
        c = torch.zeros(*self.c3.padding, int(isinstance(self.c3.value, float)) + 1)
        d = torch.zeros(*self.r1.padding, *self.r2.padding, *self.r3.padding)
        e = torch.zeros(*self.p1.padding, *self.p2.padding, *self.p3.padding)
        return self.r2(x), a, b, c, d, e
''', [[2, 3, 4, 4], [3, 4, 4]]),
    "resampling": ('''        self.up = nn.Upsample(scale_factor=2)
        self.up2 = nn.Upsample(size=(6, 8), mode='bilinear', align_corners=False)
        self.up3 = nn.Upsample(scale_factor=(1.5, 2), mode='nearest', recompute_scale_factor=True)
        self.near = nn.UpsamplingNearest2d(size=5)
        self.bil = nn.UpsamplingBilinear2d(scale_factor=3)
        self.ps = nn.PixelShuffle(2)
        self.pu = nn.PixelUnshuffle(downscale_factor=2)
        self.cs = nn.ChannelShuffle(2)
''', '''        a = torch.zeros(int(self.up.scale_factor), int(isinstance(self.up.scale_factor, float)) + 1, int(self.up.size is None) + 1,
                        len(self.up.mode), int(self.up.align_corners is None) + 1, int(self.up.recompute_scale_factor is None) + 1)
        b = torch.zeros(*self.up2.size, len(self.up2.mode), int(self.up2.align_corners) + 1, int(self.up2.scale_factor is None))
        c = torch.zeros(*[int(s * 2) for s in self.up3.scale_factor], int(self.up3.recompute_scale_factor), len(self.up.name))
        d = torch.zeros(self.near.size, len(self.near.mode), len(self.near.name), int(self.bil.align_corners), int(self.bil.scale_factor), len(self.bil.mode))
        e = torch.zeros(self.ps.upscale_factor, self.pu.downscale_factor, self.cs.groups)
        return self.up(x), a, b, c, d, e
''', [[2, 4, 3, 3], [4, 3, 3]]),
    "recurrent": ('''        self.rnn = nn.RNN(10, 16, nonlinearity='relu', dropout=0)
        self.lstm = nn.LSTM(10, 20, num_layers=2, batch_first=True, bidirectional=True, dropout=0.5)
        self.gru = nn.GRU(input_size=10, hidden_size=12, bias=False)
        self.proj = nn.LSTM(10, 8, proj_size=4)
''', '''        directions = 2 if self.lstm.bidirectional else 1
        h0 = torch.zeros(self.lstm.num_layers * directions, x.size(0), self.lstm.hidden_size)
        a = torch.zeros(self.rnn.input_size, self.rnn.hidden_size, self.rnn.num_layers, len(self.rnn.nonlinearity), len(self.rnn.mode))
        b = torch.zeros(int(self.lstm.batch_first) + 1, int(self.lstm.dropout * 4), int(isinstance(self.rnn.dropout, float)) + 1, len(self.lstm.mode))
        c = torch.zeros(self.gru.hidden_size, int(self.gru.bias) + 1, int(self.gru.bidirectional) + 1, len(self.gru.mode), self.proj.proj_size)
        d = torch.zeros(*self.proj.weight_hr_l0.shape, int(self.lstm.bias), self.gru.proj_size + 1)
        out, _ = self.lstm(x)
        return out, h0, a, b, c, d
''', [[4, 7, 10], [7, 10]]),
    "embedding": ('''        self.emb = nn.Embedding(100, 16)
        self.pad = nn.Embedding(50, 8, padding_idx=-2, max_norm=2, norm_type=1.5, scale_grad_by_freq=True)
        self.zero = nn.Embedding(30, 4, padding_idx=0, sparse=True)
''', '''        a = torch.zeros(self.emb.num_embeddings, self.emb.embedding_dim, int(self.emb.padding_idx is None) + 1, int(self.emb.max_norm is None) + 1)
        b = torch.zeros(self.pad.padding_idx, self.pad.max_norm, int(self.pad.norm_type * 2), int(self.pad.scale_grad_by_freq) + 1)
        c = torch.zeros(self.zero.padding_idx + 1, int(self.zero.sparse) + 1, int(self.emb.norm_type), *self.zero.weight.shape)
        return x.view(-1, self.emb.embedding_dim), a, b, c
''', [[4, 16], [2, 4, 16]]),
}

LAYER_ATTRIBUTE_SOURCE = HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
{init}
    def forward(self, x):
{body}'''

# A misspelt attribute on each family: the layer's own AttributeError, and a real name that is
# not a number where a size goes.
LAYER_ATTRIBUTE_ERRORS = {
    "conv_transpose_in_channel": ("nn.ConvTranspose2d(3, 4, 2)", "torch.zeros(self.layer.in_channel)"),
    "conv_transpose_kernel_int": ("nn.ConvTranspose2d(3, 4, 2)", "torch.zeros(self.layer.kernel_size)"),
    "conv1d_output_padding": ("nn.Conv1d(3, 4, 2)", "torch.zeros(self.layer.output_paddings)"),
    "maxpool3d_kernel": ("nn.MaxPool3d(2)", "torch.zeros(self.layer.kernel)"),
    "adaptive_output": ("nn.AdaptiveAvgPool1d(3)", "torch.zeros(self.layer.output_sizes)"),
    "avgpool1d_divisor": ("nn.AvgPool1d(2)", "torch.zeros(self.layer.divisor_override)"),
    "adaptive_avg_return_indices": ("nn.AdaptiveAvgPool3d(2)", "torch.zeros(self.layer.return_indices)"),
    "layernorm_normalised": ("nn.LayerNorm(4)", "torch.zeros(*self.layer.normalised_shape)"),
    "layernorm_eps_size": ("nn.LayerNorm(4)", "torch.zeros(self.layer.eps)"),
    "groupnorm_num_group": ("nn.GroupNorm(2, 4)", "torch.zeros(self.layer.num_group)"),
    "instancenorm_features": ("nn.InstanceNorm2d(3)", "torch.zeros(self.layer.num_feature)"),
    "batchnorm3d_features": ("nn.BatchNorm3d(3)", "torch.zeros(self.layer.features)"),
    "dropout2d_prob": ("nn.Dropout2d(0.2)", "torch.zeros(self.layer.prob)"),
    "elu_alpha": ("nn.ELU()", "torch.zeros(self.layer.alpah)"),
    "prelu_parameters": ("nn.PReLU()", "torch.zeros(self.layer.num_parameter)"),
    "softplus_beta_name": ("nn.Softplus()", "torch.zeros(self.layer.beta_)"),
    "hardtanh_min": ("nn.Hardtanh()", "torch.zeros(self.layer.min_value)"),
    "threshold_value": ("nn.Threshold(0.5, 1)", "torch.zeros(self.layer.threshold)"),
    "relu6_max": ("nn.ReLU6()", "torch.zeros(self.layer.max)"),
    "selu_alpha": ("nn.SELU()", "torch.zeros(self.layer.alpha)"),
    "zeropad_pad": ("nn.ZeroPad2d(1)", "torch.zeros(self.layer.pad)"),
    "reflectionpad_value": ("nn.ReflectionPad2d(1)", "torch.zeros(self.layer.value)"),
    "constantpad_value_float": ("nn.ConstantPad2d(1, 2.5)", "torch.zeros(self.layer.value)"),
    "upsample_scale": ("nn.Upsample(scale_factor=2)", "torch.zeros(self.layer.scale)"),
    "upsample_scale_float": ("nn.Upsample(scale_factor=2)", "torch.zeros(self.layer.scale_factor)"),
    "pixelshuffle_factor": ("nn.PixelShuffle(2)", "torch.zeros(self.layer.downscale_factor)"),
    "channelshuffle_group": ("nn.ChannelShuffle(2)", "torch.zeros(self.layer.group)"),
    "lstm_hidden_sizes": ("nn.LSTM(4, 8)", "torch.zeros(self.layer.hidden_sizes)"),
    "gru_layers": ("nn.GRU(4, 8)", "torch.zeros(self.layer.layers)"),
    "rnn_nonlinearity_on_lstm": ("nn.LSTM(4, 8)", "torch.zeros(len(self.layer.nonlinearity))"),
    "rnn_dropout_float": ("nn.RNN(4, 8)", "torch.zeros(self.layer.dropout)"),
    "embedding_num_embedding": ("nn.Embedding(10, 3)", "torch.zeros(self.layer.num_embedding)"),
    "embedding_padding_none": ("nn.Embedding(10, 3)", "torch.zeros(self.layer.padding_idx)"),
}

LAYER_ATTRIBUTE_ERROR = HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer = {layer}

    def forward(self, x):
        n = {use}
        return x.flatten(1)
'''


def layer_attribute_cases():
    cases = []
    for name, (init, body, shapes) in LAYER_ATTRIBUTES.items():
        for shape in shapes:
            cases.append({"name": f"layer_attributes/{name}/{'x'.join(map(str, shape))}", "input": shape,
                          "source": LAYER_ATTRIBUTE_SOURCE.format(init=init, body=body)})
    for name, (layer, use) in LAYER_ATTRIBUTE_ERRORS.items():
        cases.append({"name": f"layer_attribute_errors/{name}", "input": [2, 3, 4],
                      "source": LAYER_ATTRIBUTE_ERROR.format(layer=layer, use=use)})
    return cases


CASES += layer_attribute_cases()


# ==== Token ids made inside forward: torch.randint, zeros/ones with dtype=torch.long ==========
# Tutorials build an Embedding/LSTM text model on ids drawn with torch.randint (or zeros of
# dtype long); forward's own input is still torch.zeros(input), a float32 tensor.

TOKENS = HEADER + '''class TextNet(nn.Module):
    def __init__(self, vocab=100, dim=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, 32, batch_first=True)
        self.fc = nn.Linear({features}, 2)

    def forward(self, x):
        {tokens}
        {body}
'''

TOKEN_SOURCES = {
    "randint_low_high": "tokens = torch.randint(0, self.embed.num_embeddings, (x.size(0), 7))",
    "randint_high": "tokens = torch.randint(100, (x.size(0), 7))",
    "randint_keywords": "tokens = torch.randint(low=0, high=100, size=(x.size(0), 7))",
    "randint_high_size_keyword": "tokens = torch.randint(100, size=[x.size(0), 7])",
    "randint_list_size": "tokens = torch.randint(0, 100, [4, 7])",
    "randint_torch_size": "tokens = torch.randint(0, 100, x.shape[:1] + (7,))",
    "randint_dtype_long": "tokens = torch.randint(0, 100, (4, 7), dtype=torch.long)",
    "randint_dtype_int64_device": "tokens = torch.randint(0, 100, (4, 7), dtype=torch.int64, device='cpu')",
    "randint_dtype_none": "tokens = torch.randint(0, 100, (4, 7), dtype=None)",
    "randint_dtype_float": "tokens = torch.randint(0, 100, (4, 7), dtype=torch.float32)",
    "randint_bool_later": "tokens = torch.randint(100, (4, True))",
    "zeros_long": "tokens = torch.zeros(x.size(0), 7, dtype=torch.long)",
    "zeros_long_tuple": "tokens = torch.zeros((4, 7), dtype=torch.long)",
    "zeros_size_keyword": "tokens = torch.zeros(size=(4, 7), dtype=torch.int64)",
    "zeros_python_int": "tokens = torch.zeros(4, 7, dtype=int)",
    "ones_long": "tokens = torch.ones(4, 7, dtype=torch.long)",
    "ones_float": "tokens = torch.ones(4, 7, dtype=torch.float)",
    "zeros_default_float": "tokens = torch.zeros(4, 7)",
    "zeros_one_id": "tokens = torch.zeros(7, dtype=torch.long)",
    "view_keeps_long": "tokens = torch.zeros(28, dtype=torch.long).view(4, 7)",
    "index_keeps_long": "tokens = torch.randint(0, 100, (4, 7, 3))[:, :, 0]",
    "flatten_module_keeps_long": "tokens = nn.Flatten()(torch.randint(0, 100, (4, 7, 1)))",
    "flatten_module_keeps_range": "tokens = nn.Flatten()(torch.randint(100, 200, (4, 7, 1)))",
    "index_keeps_range": "tokens = torch.randint(100, 200, (4, 7, 3))[:, :, 0]",
    "dtype_check": "tokens = torch.randint(0, 100, (4, 7))\n        tokens = tokens.view(4, 7) if tokens.dtype == torch.long else tokens.view(-1)",
    # every id drawn is out of the vocabulary (ids that only may be are the random draw's to decide)
    "out_of_vocab_all": "tokens = torch.randint(100, 1000, (4, 7))",
    "out_of_vocab_edge": "tokens = torch.randint(100, 101, (4, 7))",
    "in_vocab_edge": "tokens = torch.randint(99, 100, (4, 7))",
    "ones_in_vocab": "tokens = torch.ones(4, 7, dtype=torch.long)",
    # PyTorch's errors for the factories' arguments
    "randint_equal_bounds": "tokens = torch.randint(5, 5, (4, 7))",
    "randint_high_below_low": "tokens = torch.randint(5, 2, (4, 7))",
    "randint_zero_high": "tokens = torch.randint(0, (4, 7))",
    "randint_negative_high": "tokens = torch.randint(-5, (4, 7))",
    "randint_keyword_bounds": "tokens = torch.randint(low=7, high=7, size=(4, 7))",
    "randint_size_int": "tokens = torch.randint(100, 7)",
    "randint_size_keyword_int": "tokens = torch.randint(100, size=7)",
    "randint_size_int_dtype": "tokens = torch.randint(100, 7, dtype=torch.long)",
    "randint_three_ints": "tokens = torch.randint(0, 100, 7)",
    "randint_float_high": "tokens = torch.randint(100.0, (4, 7))",
    "randint_bool_high": "tokens = torch.randint(True, (4, 7))",
    "randint_none_high": "tokens = torch.randint(None, (4, 7))",
    "randint_float_high_low_form": "tokens = torch.randint(0, 10.5, (4, 7))",
    "randint_float_low": "tokens = torch.randint(1.5, 100, (4, 7))",
    "randint_float_element": "tokens = torch.randint(100, (4, 7.0))",
    "randint_float_first_element": "tokens = torch.randint(100, (4.0, 7))",
    "randint_bool_first_element": "tokens = torch.randint(100, (True, 7))",
    "randint_float_element_low_form": "tokens = torch.randint(0, 100, (4, 7.5))",
    "randint_negative_size": "tokens = torch.randint(0, 100, (4, -7))",
    "randint_negative_size_equal_bounds": "tokens = torch.randint(5, 5, (4, -7))",
    "randint_no_size": "tokens = torch.randint(100)",
    "randint_no_arguments": "tokens = torch.randint()",
    "randint_four_arguments": "tokens = torch.randint(0, 1, 100, (4, 7))",
    "randint_bad_dtype": "tokens = torch.randint(0, 100, (4, 7), dtype='long')",
    "randint_unknown_keyword": "tokens = torch.randint(0, 100, (4, 7), dtpye=torch.long)",
    "randint_requires_grad": "tokens = torch.randint(0, 100, (4, 7), requires_grad=True)",
    "randint_none_size": "tokens = torch.randint(0, 100, None)",
    "zeros_bad_dtype": "tokens = torch.zeros(4, 7, dtype='long')",
    "zeros_int_dtype_value": "tokens = torch.zeros(4, 7, dtype=5)",
    "zeros_misspelt_dtype": "tokens = torch.zeros(4, 7, dtpye=torch.long)",
    "zeros_float_size": "tokens = torch.zeros(4.0)",
    "zeros_float_size_long": "tokens = torch.zeros(4.0, dtype=torch.long)",
    "zeros_none_size": "tokens = torch.zeros(None)",
    "zeros_bool_size": "tokens = torch.zeros(True)",
    "zeros_float_second": "tokens = torch.zeros(4, 7.0, dtype=torch.long)",
    "zeros_bool_first_in_tuple": "tokens = torch.zeros((True, 7), dtype=torch.long)",
    "zeros_bool_later": "tokens = torch.zeros(4, True, dtype=torch.long)",
    "zeros_size_keyword_int": "tokens = torch.zeros(size=7)",
    "zeros_size_twice": "tokens = torch.zeros(4, size=7)",
    "zeros_tensor_size": "tokens = torch.zeros(x, dtype=torch.long)",
    "zeros_negative_long": "tokens = torch.zeros(-4, 7, dtype=torch.long)",
    "zeros_requires_grad_long": "tokens = torch.zeros(4, 7, dtype=torch.long, requires_grad=True)",
    "zeros_requires_grad_float": "tokens = torch.zeros(4, 7, requires_grad=True).long() if False else torch.zeros(4, 7, dtype=torch.long)",
    "ones_no_size_long": "tokens = torch.ones(dtype=torch.long)",
    "randn_long": "tokens = torch.randn(4, 7, dtype=torch.long)",
    "rand_long": "tokens = torch.rand(4, 7, dtype=torch.long)",
}

TOKEN_BODIES = {
    "lstm_last_step": ("e = self.embed(tokens)\n        out, (h, c) = self.lstm(e)\n        return self.fc(out[:, -1, :])", "32"),
    "embed_flatten": ("e = self.embed(tokens)\n        return self.fc(e.flatten(1))", "7 * 16"),
}


def token_cases():
    cases = []
    for name, tokens in TOKEN_SOURCES.items():
        bodies = TOKEN_BODIES if name in ("randint_low_high", "zeros_long", "randint_dtype_float", "zeros_default_float",
                                          "zeros_one_id") else {"lstm_last_step": TOKEN_BODIES["lstm_last_step"]}
        for body_name, (body, features) in bodies.items():
            cases.append({"name": f"tokens/{name}/{body_name}", "input": [4, 3],
                          "source": TOKENS.format(tokens=tokens, body=body, features=features)})
    # Layers that cannot take ids (the learner forgot the Embedding), and Embeddings whose
    # vocabulary the ids fit or miss.
    misuse = HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer = {layer}

    def forward(self, x):
        tokens = torch.randint({ids})
        return self.layer(tokens)
'''
    for layer, shape in (("nn.LSTM(7, 16, batch_first=True)", "(4, 5, 7)"), ("nn.GRU(7, 16, bias=False)", "(4, 5, 7)"),
                         ("nn.Linear(7, 2)", "(4, 7)"), ("nn.Linear(7, 2, bias=False)", "(4, 7)"),
                         ("nn.Conv1d(4, 8, 3)", "(2, 4, 7)"), ("nn.ReLU()", "(4, 7)"), ("nn.Sigmoid()", "(4, 7)"),
                         ("nn.Flatten()", "(4, 7, 2)"), ("nn.Dropout(0.5)", "(4, 7)"), ("nn.BatchNorm1d(4)", "(2, 4, 7)"),
                         ("nn.LayerNorm(7)", "(4, 7)"), ("nn.MaxPool1d(2)", "(2, 4, 7)"), ("nn.Embedding(10, 3)", "0, 10, (4, 7)"),
                         ("nn.Embedding(10, 3)", "10, 20, (4, 7)"),
                         ("nn.Embedding(1, 3)", "0, 1, (4, 7)"), ("nn.Embedding(10, 3)", "-5, 0, (4, 7)"),
                         ("nn.Embedding(100, 3, padding_idx=0)", "(4, 7)"), ("nn.Sequential(nn.Embedding(100, 3), nn.Flatten())", "(4, 7)"),
                         ("nn.Identity()", "(4, 7)")):
        if shape.startswith("("):
            shape = "0, 100, " + shape  # ids of a vocabulary of 100
        cases.append({"name": f"tokens/layer_on_ids/{layer}/{shape}", "input": [2, 3],
                      "source": misuse.format(layer=layer, ids=shape)})
    return cases


CASES += token_cases()
