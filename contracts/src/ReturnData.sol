// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// Reading the last call's return data without letting its callee choose how much is copied.
library ReturnData {
    /// The last call's return data, cut to max bytes.
    function head(uint256 max) internal pure returns (bytes memory out) {
        uint256 n = max;
        assembly {
            if lt(returndatasize(), n) { n := returndatasize() }
        }
        out = new bytes(n);
        assembly {
            returndatacopy(add(out, 32), 0, n)
        }
    }
}
