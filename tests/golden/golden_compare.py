"""How the generators' --check compares stored golden data with what PyTorch computes now.

Everything must match exactly except floating-point numbers, which must agree to within a relative
tolerance: PyTorch chooses its kernels (and so its summation order) by CPU, so the last printed
digits of a convolution or a training step differ from one machine to another while the numbers
are the same to float32 precision.
"""


def close(expected, actual, tolerance):
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(close(expected[k], actual[k], tolerance) for k in expected)
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(close(e, a, tolerance) for e, a in zip(expected, actual))
    if isinstance(expected, float) and isinstance(actual, (int, float)) and not isinstance(actual, bool):
        return abs(expected - actual) <= tolerance * max(1.0, abs(expected))
    return expected == actual
